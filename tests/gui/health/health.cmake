# Tenant health workspace tests against the sandbox.
odag_add_test(NAME tst_health_workspace SOURCES health/tst_health_workspace.cpp LIBS odag::gui odag::sandbox)
odag_add_test(NAME tst_health_models SOURCES health/tst_health_models.cpp LIBS odag::gui)
