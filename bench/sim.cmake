# B3/B4: simulator throughput and log generation (bench/run_sim.sh runs it
# beside the Python peer bench/peers/sim_peer.py).
add_executable(bench_sim_throughput ${CMAKE_CURRENT_LIST_DIR}/sim_throughput.cpp)
target_link_libraries(bench_sim_throughput PRIVATE prime_core prime_warnings)
