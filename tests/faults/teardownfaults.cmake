# Owners destroyed while their requests run: provider jobs against the local test server, keychain
# operations against a real Secret Service. Included from this folder's CMakeLists.txt.
awb_add_test(tst_providerteardown tst_providerteardown.cpp LIBS awb_provider_test_server)

# As tst_secretstore: once in a private D-Bus session with gnome-keyring, once with no bus at all.
awb_add_test(tst_secretteardown tst_secretteardown.cpp)
set_tests_properties(tst_secretteardown PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;AWB_EXPECT_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/awb-no-bus")
find_program(AWB_DBUS_RUN_SESSION dbus-run-session)
find_program(AWB_GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(AWB_DBUS_RUN_SESSION AND AWB_GNOME_KEYRING_DAEMON)
    set(teardown_keyring_home "${CMAKE_CURRENT_BINARY_DIR}/teardown-keyring-home")
    add_test(NAME tst_secretteardown_keyring
        COMMAND ${AWB_DBUS_RUN_SESSION} -- sh -c
            "rm -rf '${teardown_keyring_home}' && mkdir -p '${teardown_keyring_home}' && export XDG_DATA_HOME='${teardown_keyring_home}' HOME='${teardown_keyring_home}' && printf 'awb-test-keyring' | '${AWB_GNOME_KEYRING_DAEMON}' --unlock --components=secrets >/dev/null && exec '$<TARGET_FILE:tst_secretteardown>'")
    set_tests_properties(tst_secretteardown_keyring PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        TIMEOUT 120)
endif()
