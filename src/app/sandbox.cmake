# odag-sandbox: the sandbox tenant as a standalone executable (a console program).
qt_add_executable(odag-sandbox ${CMAKE_CURRENT_LIST_DIR}/SandboxMain.cpp)
target_link_libraries(odag-sandbox PRIVATE odag::sandbox odag::options)
if(APPLE)
  # Inside the app bundle, where macdeployqt makes it share the bundle's Qt frameworks.
  install(TARGETS odag-sandbox RUNTIME DESTINATION odag-admin.app/Contents/MacOS)
else()
  install(TARGETS odag-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
