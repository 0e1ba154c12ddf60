# B5/B6/B10: the surrogate benchmarks (run by bench/run_model.sh, never by ctest).
add_executable(bench_model ${CMAKE_CURRENT_LIST_DIR}/model_bench.cpp)
target_link_libraries(bench_model PRIVATE prime_model prime_warnings)
