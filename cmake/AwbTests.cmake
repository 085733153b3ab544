# awb_add_test(NAME SOURCES... [LIBS ...] [GUI] [LAUNCHER command...])
# One Qt Test executable, linked against awb_core, run by ctest on the offscreen platform
# (through LAUNCHER, when given, with the executable as its last argument).
function(awb_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "LIBS;LAUNCHER" ${ARGN})
    qt_add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    awb_target_settings(${name})
    target_link_libraries(${name} PRIVATE awb::core Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE Qt6::Widgets)
    endif()
    target_compile_definitions(${name} PRIVATE
        AWB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        AWB_SHARED_DIR="${AWB_SHARED_DIR}"
        AWB_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        TIMEOUT 300)
endfunction()
