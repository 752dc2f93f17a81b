# The sandbox over HTTPS with a self-signed certificate: refused, then trusted by pin.
odag_add_test(NAME tst_sandbox_https SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_https.cpp
              ${CMAKE_CURRENT_LIST_DIR}/OAuthTestKit.h LIBS odag::api odag::sandbox LABELS api TIMEOUT 60)
# The odag-sandbox executable with --tls-cert/--tls-key, where it is built.
if(TARGET odag-sandbox)
  target_compile_definitions(tst_sandbox_https PRIVATE ODAG_SANDBOX_EXE="$<TARGET_FILE:odag-sandbox>")
  add_dependencies(tst_sandbox_https odag-sandbox)
endif()
