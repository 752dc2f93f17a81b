# The certificate trust dialog and the OAuth2 sign-in dialog against the sandbox.
odag_add_test(NAME tst_signin_dialogs SOURCES connection/tst_signin_dialogs.cpp ../api/OAuthTestKit.h
              LIBS odag::gui odag::sandbox TIMEOUT 60)
