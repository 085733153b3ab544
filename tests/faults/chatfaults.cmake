# Faults of the Chat pane: killed while a reply streams; a 10,000-message transcript; keys that
# must stay out of files and logs; a reply written to fetch and open things. Included from this
# folder's CMakeLists.txt.
qt_add_executable(awb_chat_stream_helper chatstreamhelper.cpp)
awb_target_settings(awb_chat_stream_helper)
target_link_libraries(awb_chat_stream_helper PRIVATE awb_workbench)

awb_add_test(tst_chatkill tst_chatkill.cpp GUI LIBS awb_workbench awb_provider_test_server)
add_dependencies(tst_chatkill awb_chat_stream_helper)
target_compile_definitions(tst_chatkill PRIVATE AWB_CHAT_STREAM_HELPER="$<TARGET_FILE:awb_chat_stream_helper>")

awb_add_test(tst_chatload tst_chatload.cpp GUI LIBS awb_workbench)

awb_add_test(tst_chatsecrets tst_chatsecrets.cpp GUI LIBS awb_workbench awb_provider_test_server)

awb_add_test(tst_hostilereply tst_hostilereply.cpp GUI LIBS awb_workbench awb_provider_test_server)
