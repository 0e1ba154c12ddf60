# B8: the explorer GUI on a big log (scripts/bench gui). Needs the GUI build.
if(PRIME_BUILD_GUI)
  add_executable(bench_gui gui_bench.cpp)
  target_link_libraries(bench_gui PRIVATE prime_ui prime_warnings)
  set_target_properties(bench_gui PROPERTIES AUTOMOC ON)
endif()
