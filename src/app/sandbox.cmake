# odag-sandbox: the sandbox tenant as a standalone executable (a console program).
qt_add_executable(odag-sandbox ${CMAKE_CURRENT_LIST_DIR}/SandboxMain.cpp)
target_link_libraries(odag-sandbox PRIVATE odag::sandbox odag::options)
install(TARGETS odag-sandbox RUNTIME DESTINATION bin)
