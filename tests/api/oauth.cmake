# OAuth2 sign-in and renewal through the api classes against the embedded sandbox.
odag_add_test(NAME tst_oauth_flow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_oauth_flow.cpp
              ${CMAKE_CURRENT_LIST_DIR}/OAuthTestKit.h LIBS odag::api odag::sandbox LABELS api TIMEOUT 60)
