# Typed /api/v1 and engine clients, over real HTTP against ScriptedServer.
foreach(name tst_v1_spaces_api tst_v1_apps_api tst_v1_appdata_api tst_v1_reloads_api)
  odag_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/V1ApiTestKit.h
    LIBS odag::api LABELS api TIMEOUT 120)
endforeach()
