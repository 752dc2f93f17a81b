# ODAG generation requests in the sandbox over real HTTP, with the project's clients.
odag_add_test(NAME tst_sandbox_requests SOURCES tst_sandbox_requests.cpp RequestsTestKit.h
              LIBS odag::sandbox odag::api Qt6::Network TIMEOUT 120)
odag_add_test(NAME tst_sandbox_requests_more SOURCES tst_sandbox_requests_more.cpp RequestsTestKit.h
              LIBS odag::sandbox odag::api Qt6::Network TIMEOUT 120)
