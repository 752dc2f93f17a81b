# Transport layer tests: everything over real HTTP against ScriptedServer on loopback,
# except the rate limiter's, which runs on a fake clock.
foreach(name tst_scripted_server)
  odag_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LABELS api TIMEOUT 60)
endforeach()
foreach(name tst_rate_limiter tst_transport_basics tst_transport_resilience
    tst_transport_streams tst_transport_tls tst_cursor_pager tst_large_answers)
  odag_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
    LIBS odag::api LABELS api TIMEOUT 60)
endforeach()
