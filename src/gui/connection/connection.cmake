# connection: profiles, secrets, the session factory, the profile manager and first run.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(odag_gui PRIVATE Qt6Keychain::Qt6Keychain)
target_sources(odag_gui PRIVATE
  connection/ClientCertificate.cpp connection/ClientCertificate.h
  connection/ConnectionProbe.cpp connection/ConnectionProbe.h
  connection/ConnectionDialogs.cpp connection/ConnectionDialogs.h
  connection/FirstRunPage.cpp connection/FirstRunPage.h
  connection/ProfileManagerDialog.cpp connection/ProfileManagerDialog.h
  connection/ConnectionTestPanel.cpp connection/ConnectionTestPanel.h
  connection/KeychainSecretStore.cpp connection/KeychainSecretStore.h
  connection/MemorySecretStore.cpp connection/MemorySecretStore.h
  connection/ProfileEditor.cpp connection/ProfileEditor.h
  connection/ProfileStore.cpp connection/ProfileStore.h
  connection/SessionFactory.cpp connection/SessionFactory.h
)
