# B7: one search generation scored by the default surrogate (bench/run_quality.sh).
add_executable(bench_study ${CMAKE_CURRENT_LIST_DIR}/study_bench.cpp)
target_link_libraries(bench_study PRIVATE prime_session prime_warnings)
