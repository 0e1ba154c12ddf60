# B8 (search): generations per second shown by the search panel and the
# longest GUI-thread stall during a search (scripts/bench search-gui).
if(PRIME_BUILD_GUI)
  add_executable(bench_search_gui ${CMAKE_CURRENT_LIST_DIR}/search_gui_bench.cpp)
  target_link_libraries(bench_search_gui PRIVATE prime_ui prime_warnings Qt6::Test)
  set_target_properties(bench_search_gui PROPERTIES AUTOMOC ON)
endif()
