# connection: profiles, secrets, the profile manager, first run and the secret canary.
odag_add_test(NAME tst_secret_store SOURCES connection/tst_secret_store.cpp LIBS odag::gui)
odag_add_test(NAME tst_profile_store SOURCES connection/tst_profile_store.cpp LIBS odag::gui)
odag_add_test(NAME tst_client_certificate SOURCES connection/tst_client_certificate.cpp LIBS odag::gui)
odag_add_test(NAME tst_profile_manager SOURCES connection/tst_profile_manager.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_first_run SOURCES connection/tst_first_run.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_secret_canary SOURCES connection/tst_secret_canary.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_session_factory SOURCES connection/tst_session_factory.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_connection_signin SOURCES connection/tst_connection_signin.cpp ../api/OAuthTestKit.h LIBS odag::gui odag::sandbox TIMEOUT 60)
