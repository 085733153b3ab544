<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Workbench User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::AgentForm</name>
    <message>
        <source>System prompt (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are … (the agent&apos;s instructions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase-with-hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use proactively when … (Claude Code sends this with every turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None disallowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disallowed tools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max t&amp;urns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill-one, skill-two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers and hooks (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys Claude Code does not know appear here, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as &apos;%1:&apos; followed by indented lines; not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid YAML (line %1: %2); not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A name is required; without it Claude Code skips the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A name starting with &apos;-&apos; makes Claude Code skip the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ &apos;:&apos; is reserved for plugin agents; use &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads, but lowercase-and-hyphens is expected: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Good name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n tokens, sent with every turn of every conversation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>awb::CodeEditor</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent file as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ColorPicker</name>
    <message>
        <source>No color</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::DiagnosticsModel</name>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::EditorTab</name>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; agent files larger than %3 MB are not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not an agent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ExamplesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, e.g. The user has just written a parser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example user message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the user says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example assistant reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the main agent answers, delegating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this calls for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll use the agent for this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the replacement, \1 inserts group 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1), optionally followed by :column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::LibraryPanel</name>
    <message>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::MainWindow</name>
    <message>
        <source>Agent Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: test conversations with this agent&apos;s system prompt against the selected model will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers: which prompts would make Claude Code delegate to which agent will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic &lt;&amp;example&gt; Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent files (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Agent Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Plugin Agents Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Plugin&apos;s agents Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Agent Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Agent Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agent Workbench %1&lt;/h3&gt;&lt;p&gt;Author, test, route and export subagents for coding agents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading agents in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Agent As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Workbench did not close properly last time. Restore the unsaved changes to:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.

Reload it and lose your changes, or keep your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Agent Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Loads in Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Skipped by Claude Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Claude Code sees the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ProblemsPane</name>
    <message>
        <source>Apply &amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested fix of the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fix Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ToolPicker</name>
    <message>
        <source>Claude Code tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: mcp__server__*, Bash(git *), Agent(worker)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tool entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Agent Workbench&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write subagents for Claude Code, see exactly what Claude Code reads from them, and find out before it bites you when a file would not load. Editing, checking and exporting need no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Project Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its .claude/agents/ folder, with every subfolder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Your Agents (~/.claude/agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents Claude Code loads in every project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;Sample Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handful of well-written agents, one in the classic &lt;example&gt; style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a blank agent or a template (File ▸ New).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author, test, route and export subagents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the form or the source view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once the window has painted (for startup timing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent files to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
