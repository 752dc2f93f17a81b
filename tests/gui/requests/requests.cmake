# Requests workspace tests (requests/) and request operations tests (requests/ops/).
odag_add_test(NAME tst_requests_model SOURCES requests/tst_requests_model.cpp LIBS odag::gui)
odag_add_test(NAME tst_requests_proxy SOURCES requests/tst_requests_proxy.cpp LIBS odag::gui)
odag_add_test(NAME tst_request_load_queue SOURCES requests/tst_request_load_queue.cpp LIBS odag::gui)
odag_add_test(NAME tst_request_monitor SOURCES requests/tst_request_monitor.cpp LIBS odag::gui odag::sandbox)
include(${CMAKE_CURRENT_LIST_DIR}/ops/ops.cmake OPTIONAL)
odag_add_test(NAME tst_requests_ops_wiring SOURCES requests/tst_requests_ops_wiring.cpp LIBS odag::gui odag::sandbox)
