# Typed ODAG clients (Qlik Cloud and Qlik Sense Enterprise) over real HTTP against
# ScriptedServer on loopback.
foreach(name tst_odag_api tst_qse_api)
  odag_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/OdagApiTestKit.h
    LIBS odag::api LABELS api TIMEOUT 60)
endforeach()
