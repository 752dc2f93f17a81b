# The sandbox's ODAG link paths (Cloud and QSE), odag-apps and the demo links, over real
# HTTP with the project's own clients.
odag_add_test(NAME tst_sandbox_links
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_links.cpp ${CMAKE_CURRENT_LIST_DIR}/LinksTestKit.h
          ${CMAKE_CURRENT_LIST_DIR}/SandboxTestClient.h
  LIBS odag::sandbox odag::api Qt6::Network TIMEOUT 120)
odag_add_test(NAME tst_sandbox_links_qse
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_links_qse.cpp ${CMAKE_CURRENT_LIST_DIR}/LinksTestKit.h
          ${CMAKE_CURRENT_LIST_DIR}/SandboxTestClient.h
  LIBS odag::sandbox odag::api Qt6::Network TIMEOUT 120)
