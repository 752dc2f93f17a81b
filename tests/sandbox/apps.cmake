# The sandbox's /api/v1 spaces, items, apps and reloads over real HTTP with the
# project's own typed clients.
foreach(name tst_sandbox_spaces tst_sandbox_apps tst_sandbox_appdata tst_sandbox_reloads)
  odag_add_test(NAME ${name}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/AppsTestKit.h
            ${CMAKE_CURRENT_LIST_DIR}/SandboxTestClient.h
    LIBS odag::sandbox odag::api Qt6::Network TIMEOUT 120)
endforeach()
