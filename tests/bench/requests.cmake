# The request monitor: 100,000 requests in the model and the polling cost against a sandbox.
add_executable(bench_requests ${CMAKE_CURRENT_LIST_DIR}/bench_requests.cpp)
target_link_libraries(bench_requests PRIVATE odag::gui odag::sandbox Qt6::Widgets odag::options)
add_test(NAME bench_requests COMMAND bench_requests)
set_tests_properties(bench_requests PROPERTIES LABELS bench ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
