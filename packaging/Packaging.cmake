# CPack: the packages that can be built and proven on Debian (DEB, RPM, TGZ). Installers
# for Windows and macOS are built by CI on those systems.
set(CPACK_PACKAGE_NAME "odag-admin")
set(CPACK_PACKAGE_VENDOR "ODAG Admin")
set(CPACK_PACKAGE_CONTACT "ODAG Admin maintainers <maintainers@odag-admin.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
