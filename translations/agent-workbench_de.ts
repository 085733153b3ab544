<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Agent Workbench User Guide</source>
        <translation>Agent Workbench – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>awb::AgentForm</name>
    <message>
        <source>System prompt (Markdown)</source>
        <translation>Systemprompt (Markdown)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>You are … (the agent&apos;s instructions)</source>
        <translation>Du bist … (die Anweisungen an den Agenten)</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann er eingesetzt wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>lowercase-with-hyphens</source>
        <translation>kleinbuchstaben-mit-bindestrichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Use proactively when … (Claude Code sends this with every turn)</source>
        <translation>Proaktiv einsetzen, wenn … (Claude Code sendet das in jeder Runde mit)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>Bei&amp;spiele:</translation>
    </message>
    <message>
        <source>Model and tools</source>
        <translation>Modell und Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Tools:</source>
        <translation>&amp;Werkzeuge:</translation>
    </message>
    <message>
        <source>None disallowed</source>
        <translation>Keine verboten</translation>
    </message>
    <message>
        <source>&amp;Disallowed tools:</source>
        <translation>&amp;Verbotene Werkzeuge:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>&amp;Permission mode:</source>
        <translation>Be&amp;rechtigungsmodus:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Max turns</source>
        <translation>Max. Runden</translation>
    </message>
    <message>
        <source>Max t&amp;urns:</source>
        <translation>Max. R&amp;unden:</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>skill-one, skill-two</source>
        <translation>skill-eins, skill-zwei</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>S&amp;kills:</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>Gedächtn&amp;is:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation>Isola&amp;tion:</translation>
    </message>
    <message>
        <source>Initial prompt</source>
        <translation>Anfangsprompt</translation>
    </message>
    <message>
        <source>Initial &amp;prompt:</source>
        <translation>Anfangs&amp;prompt:</translation>
    </message>
    <message>
        <source>MCP servers and hooks (YAML)</source>
        <translation>MCP-Server und Hooks (YAML)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>MCP servers:</source>
        <translation>MCP-Server:</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Hooks:</source>
        <translation>Hooks:</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
    <message>
        <source>Keys Claude Code does not know appear here, read-only.</source>
        <translation>Schlüssel, die Claude Code nicht kennt, erscheinen hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>Other keys:</source>
        <translation>Weitere Schlüssel:</translation>
    </message>
    <message>
        <source>Write it as &apos;%1:&apos; followed by indented lines; not applied yet.</source>
        <translation>Als „%1:“ gefolgt von eingerückten Zeilen schreiben; noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1: %2); not applied yet.</source>
        <translation>Kein gültiges YAML (Zeile %1: %2); noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>⚠ A name is required; without it Claude Code skips the file.</source>
        <translation>⚠ Ein Name ist nötig; ohne ihn überspringt Claude Code die Datei.</translation>
    </message>
    <message>
        <source>⚠ A name starting with &apos;-&apos; makes Claude Code skip the file.</source>
        <translation>⚠ Beginnt der Name mit „-“, überspringt Claude Code die Datei.</translation>
    </message>
    <message>
        <source>⚠ &apos;:&apos; is reserved for plugin agents; use &apos;%1&apos;.</source>
        <translation>⚠ „:“ ist Plugin-Agenten vorbehalten; verwende „%1“.</translation>
    </message>
    <message>
        <source>Loads, but lowercase-and-hyphens is expected: &apos;%1&apos;.</source>
        <translation>Wird geladen, erwartet sind aber Kleinbuchstaben und Bindestriche: „%1“.</translation>
    </message>
    <message>
        <source>✓ Good name.</source>
        <translation>✓ Guter Name.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n tokens, sent with every turn of every conversation.</source>
        <translation>
            <numerusform>Etwa %n Token, in jeder Runde jedes Gesprächs mitgesendet.</numerusform>
            <numerusform>Etwa %n Token, in jeder Runde jedes Gesprächs mitgesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Disallowed tools</source>
        <translation>Verbotene Werkzeuge</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Berechtigungsmodus</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
</context>
<context>
    <name>awb::ChatColumn</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Stop waiting and give up on this reply</source>
        <translation>Nicht länger warten und diese Antwort aufgeben</translation>
    </message>
    <message>
        <source>Cancel retry</source>
        <translation>Erneuten Versuch abbrechen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Send a message to talk to the agent: its body is the system prompt.</source>
        <translation>Sende eine Nachricht, um mit dem Agenten zu sprechen: Sein Text ist der Systemprompt.</translation>
    </message>
    <message>
        <source>Conversation total</source>
        <translation>Summe des Gesprächs</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Belegter Kontext</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s (attempt %2).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s (Versuch %2).</numerusform>
            <numerusform>%1 Neuer Versuch in %n s (Versuch %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n replies · %1 in · %2 out</source>
        <translation>
            <numerusform>Gesamt: %n Antwort · %1 ein · %2 aus</numerusform>
            <numerusform>Gesamt: %n Antworten · %1 ein · %2 aus</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens (%3%)</source>
        <translation>Kontext: %1 von %2 Token (%3 %)</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>Kontext %1 %</translation>
    </message>
</context>
<context>
    <name>awb::ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Write a message to the agent… (Ctrl+Enter sends)</source>
        <translation>Schreibe dem Agenten eine Nachricht … (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the reply; what arrived is kept (Esc)</source>
        <translation>Antwort anhalten; was angekommen ist, bleibt erhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>awb::ChatMessageView</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>awb::ChatMessageWidget</name>
    <message>
        <source>%1 in</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>kein Preis für dieses Modell</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>stop: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message&apos;s text</source>
        <translation>Den Text der Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this message and send it again (the replies after it go)</source>
        <translation>Diese Nachricht bearbeiten und erneut senden (die Antworten danach entfallen)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Diese Antwort neu anfordern</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the reply stopped</source>
        <translation>Das Modell bitten, dort weiterzumachen, wo die Antwort aufhörte</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation>Denkprozess anzeigen</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Reply figures</source>
        <translation>Kennzahlen der Antwort</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>schreibt …</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n words)</source>
        <translation>
            <numerusform>Denkprozess (%n Wort)</numerusform>
            <numerusform>Denkprozess (%n Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool call: %1 %2</source>
        <translation>Werkzeugaufruf: %1 %2</translation>
    </message>
    <message>
        <source>Interrupted: the reply is incomplete.</source>
        <translation>Unterbrochen: Die Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Denkprozess ausblenden</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Replace this message and ask again (Ctrl+Enter); the replies after it are dropped</source>
        <translation>Diese Nachricht ersetzen und erneut fragen (Strg+Eingabe); die Antworten danach entfallen</translation>
    </message>
</context>
<context>
    <name>awb::ChatPane</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Model to compare with</source>
        <translation>Modell zum Vergleich</translation>
    </message>
    <message>
        <source>Edited text</source>
        <translation>Bearbeiteter Text</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Gespeicherte Datei</translation>
    </message>
    <message>
        <source>Which version of the agent&apos;s body is the system prompt</source>
        <translation>Welche Fassung des Agententexts als Systemprompt dient</translation>
    </message>
    <message>
        <source>System prompt source</source>
        <translation>Quelle des Systemprompts</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Mit einem anderen Modell vergleichen</translation>
    </message>
    <message>
        <source>Compare saved with edited</source>
        <translation>Gespeichert und bearbeitet vergleichen</translation>
    </message>
    <message>
        <source>Run the same conversation side by side</source>
        <translation>Dasselbe Gespräch nebeneinander führen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save the conversation as a transcript (JSON)</source>
        <translation>Das Gespräch als Protokoll speichern (JSON)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Open a saved transcript</source>
        <translation>Ein gespeichertes Protokoll öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown</source>
        <translation>Das Gespräch als Markdown exportieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Ein neues Gespräch beginnen</translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation>Preise …</translation>
    </message>
    <message>
        <source>Edit the price table (USD per million tokens per model)</source>
        <translation>Die Preistabelle bearbeiten (USD pro Million Token und Modell)</translation>
    </message>
    <message>
        <source>The price table could not be read; the built-in prices are used. %1</source>
        <translation>Die Preistabelle konnte nicht gelesen werden; es gelten die eingebauten Preise. %1</translation>
    </message>
    <message>
        <source>The next message goes to both sides; this side starts empty.</source>
        <translation>Die nächste Nachricht geht an beide Seiten; diese Seite beginnt leer.</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Kein Modell gewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Verglichen mit:</translation>
    </message>
    <message>
        <source>Edited agent · %1</source>
        <translation>Bearbeiteter Agent · %1</translation>
    </message>
    <message>
        <source>Saved agent · %1</source>
        <translation>Gespeicherter Agent · %1</translation>
    </message>
    <message>
        <source>The agent has no saved file yet: save it to compare.</source>
        <translation>Der Agent hat noch keine gespeicherte Datei: Speichere ihn, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>Protokolle (*.json)</translation>
    </message>
    <message>
        <source>The transcript was not saved: %1</source>
        <translation>Das Protokoll wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.json);;All files (*)</source>
        <translation>Protokolle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The transcript could not be opened: %1</source>
        <translation>Das Protokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Export Conversation as Markdown</source>
        <translation>Gespräch als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The conversation was not exported: %1</source>
        <translation>Das Gespräch wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The price table could not be written: %1</source>
        <translation>Die Preistabelle konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Prices are in %1 (USD per million tokens); they are read again when the window opens.</source>
        <translation>Die Preise stehen in %1 (USD pro Million Token); sie werden beim Öffnen des Fensters neu gelesen.</translation>
    </message>
</context>
<context>
    <name>awb::ChatProviders</name>
    <message>
        <source>No key saved for this provider.</source>
        <translation>Für diesen Anbieter ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>awb::ChatSession</name>
    <message>
        <source>A reply is still arriving: stop it first.</source>
        <translation>Eine Antwort trifft noch ein: Halte sie zuerst an.</translation>
    </message>
    <message>
        <source>No provider is selected. Choose a model in the toolbar or add a provider in the settings.</source>
        <translation>Kein Anbieter gewählt. Wähle in der Werkzeugleiste ein Modell oder füge in den Einstellungen einen Anbieter hinzu.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Kein Modell gewählt.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>awb::CodeEditor</name>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>The agent file as text</source>
        <translation>Die Agentendatei als Text</translation>
    </message>
    <message>
        <source>Fix available: %1</source>
        <translation>Korrektur verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>awb::ColorPicker</name>
    <message>
        <source>No color</source>
        <translation>Keine Farbe</translation>
    </message>
</context>
<context>
    <name>awb::DiagnosticsModel</name>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>awb::EditorTab</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 is %2 MB; agent files larger than %3 MB are not opened.</source>
        <translation>%1 ist %2 MB groß; Agentendateien über %3 MB werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not an agent file.</source>
        <translation>%1 sieht nach einer Binärdatei aus, nicht nach einer Agentendatei.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk was not changed.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die Datei auf der Festplatte ist unverändert.</translation>
    </message>
</context>
<context>
    <name>awb::ExamplesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Example context</source>
        <translation>Kontext des Beispiels</translation>
    </message>
    <message>
        <source>The situation, e.g. The user has just written a parser.</source>
        <translation>Die Situation, z. B. Der Benutzer hat gerade einen Parser geschrieben.</translation>
    </message>
    <message>
        <source>Example user message</source>
        <translation>Beispielnachricht des Benutzers</translation>
    </message>
    <message>
        <source>What the user says</source>
        <translation>Was der Benutzer sagt</translation>
    </message>
    <message>
        <source>Example assistant reply</source>
        <translation>Beispielantwort des Assistenten</translation>
    </message>
    <message>
        <source>How the main agent answers, delegating</source>
        <translation>Wie der Hauptagent antwortet und delegiert</translation>
    </message>
    <message>
        <source>Example commentary</source>
        <translation>Kommentar zum Beispiel</translation>
    </message>
    <message>
        <source>Why this calls for the agent</source>
        <translation>Warum das nach dem Agenten verlangt</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Assistent:</translation>
    </message>
    <message>
        <source>Commentary:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>(empty example)</source>
        <translation>(leeres Beispiel)</translation>
    </message>
    <message>
        <source>Describe the situation</source>
        <translation>Beschreibe die Situation</translation>
    </message>
    <message>
        <source>I&apos;ll use the agent for this.</source>
        <translation>Dafür setze ich den Agenten ein.</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Beispiel entfernen</translation>
    </message>
    <message>
        <source>Move example up</source>
        <translation>Beispiel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move example down</source>
        <translation>Beispiel nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>awb::FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>&amp;Ersetzen...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation>Gehe zu &amp;Zeile...</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter, Shift+F3)</source>
        <translation>Rückwärts suchen (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Find next (Enter, F3)</source>
        <translation>Weitersuchen (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>In the replacement, \1 inserts group 1</source>
        <translation>In der Ersetzung fügt \1 die Gruppe 1 ein</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>&amp;Ersetzen:</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>wrapped</source>
        <translation>am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>awb::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1), optionally followed by :column</source>
        <translation>&amp;Zeile (1 bis %1), optional gefolgt von :Spalte</translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation>Zeile und Spalte</translation>
    </message>
</context>
<context>
    <name>awb::LibraryPanel</name>
    <message>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>awb::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
</context>
<context>
    <name>awb::MainWindow</name>
    <message>
        <source>Agent Workbench</source>
        <translation>Agent Workbench</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Chat: test conversations with this agent&apos;s system prompt against the selected model will appear here.</source>
        <translation>Chat: Hier erscheinen Testgespräche mit dem Systemprompt dieses Agenten und dem gewählten Modell.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Triggers: which prompts would make Claude Code delegate to which agent will appear here.</source>
        <translation>Auslöser: Hier erscheint, bei welchen Prompts Claude Code an welchen Agenten delegieren würde.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Blank Agent</source>
        <translation>&amp;Leerer Agent</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Reviewer</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <source>Classic &lt;&amp;example&gt; Style</source>
        <translation>Klassischer &lt;&amp;example&gt;-Stil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Agent</source>
        <translation>Agent öffnen</translation>
    </message>
    <message>
        <source>Agent files (*.md);;All files (*)</source>
        <translation>Agentendateien (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open Agent Folder</source>
        <translation>Agentenordner öffnen</translation>
    </message>
    <message>
        <source>Add &amp;Plugin Agents Folder…</source>
        <translation>Agentenordner eines &amp;Plugins hinzufügen …</translation>
    </message>
    <message>
        <source>Add a Plugin&apos;s agents Folder</source>
        <translation>agents-Ordner eines Plugins hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Agent Workbench</source>
        <translation>&amp;Über Agent Workbench</translation>
    </message>
    <message>
        <source>About Agent Workbench</source>
        <translation>Über Agent Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agent Workbench %1&lt;/h3&gt;&lt;p&gt;Author, test, route and export subagents for coding agents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Agent Workbench %1&lt;/h3&gt;&lt;p&gt;Subagenten für Coding-Agenten schreiben, testen, zuordnen und exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Reading agents in %1…</source>
        <translation>Agenten in %1 werden gelesen …</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; is missing from this build.</source>
        <translation>Die Vorlage „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>Save Agent As</source>
        <translation>Agent speichern unter</translation>
    </message>
    <message>
        <source>Agent files (*.md)</source>
        <translation>Agentendateien (*.md)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Deine Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before quitting?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Agent Workbench did not close properly last time. Restore the unsaved changes to:

%1</source>
        <translation>Agent Workbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen wiederherstellen an:

%1</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; your text is kept.</source>
        <translation>%1 wurde entfernt oder ist nicht lesbar; dein Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 neu geladen: Die Datei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.

Reload it and lose your changes, or keep your version?</source>
        <translation>%1 wurde von einem anderen Programm geändert, und hier gibt es ungespeicherte Änderungen.

Neu laden und deine Änderungen verlieren, oder deine Fassung behalten?</translation>
    </message>
    <message>
        <source>%1 — Agent Workbench</source>
        <translation>%1 — Agent Workbench</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>✓ Loads in Claude Code</source>
        <translation>✓ Wird von Claude Code geladen</translation>
    </message>
    <message>
        <source>✗ Skipped by Claude Code: %1</source>
        <translation>✗ Von Claude Code übersprungen: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellu&amp;ngen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Ungespeichert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
</context>
<context>
    <name>awb::ModelSelector</name>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>The provider and model the chat talks to</source>
        <translation>Anbieter und Modell, mit denen der Chat spricht</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>(no models listed)</source>
        <translation>(keine Modelle aufgeführt)</translation>
    </message>
</context>
<context>
    <name>awb::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>How Claude Code sees the agent</source>
        <translation>Wie Claude Code den Agenten sieht</translation>
    </message>
</context>
<context>
    <name>awb::ProblemsPane</name>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>&amp;Korrektur anwenden</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems list</source>
        <translation>Problemliste</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Apply the suggested fix of the selected problem</source>
        <translation>Die vorgeschlagene Korrektur des gewählten Problems anwenden</translation>
    </message>
    <message>
        <source>&amp;Go to Line %1</source>
        <translation>&amp;Gehe zu Zeile %1</translation>
    </message>
    <message>
        <source>Apply &amp;Fix: %1</source>
        <translation>&amp;Korrektur anwenden: %1</translation>
    </message>
    <message>
        <source>No Fix Available</source>
        <translation>Keine Korrektur verfügbar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>awb::ProviderSettingsDialog</name>
    <message>
        <source>Save &amp;Key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Use for this run only (not saved anywhere)</source>
        <translation>Nur für diesen Programmlauf verwenden (nirgends gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Detect Local Servers</source>
        <translation>&amp;Lokale Server suchen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>Hosts allowed over plain http</source>
        <translation>Über unverschlüsseltes http erlaubte Hosts</translation>
    </message>
    <message>
        <source>host names, comma separated (loopback is always allowed)</source>
        <translation>Hostnamen, durch Kommas getrennt (Loopback ist immer erlaubt)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a key to store it in the system keychain</source>
        <translation>Schlüssel einfügen, um ihn im Schlüsselbund des Systems abzulegen</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Insecure hosts:</source>
        <translation>&amp;Unsichere Hosts:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp on this machine…</source>
        <translation>Suche nach Ollama, LM Studio und llama.cpp auf diesem Rechner …</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this machine.</source>
        <translation>
            <numerusform>%n Server auf diesem Rechner gefunden.</numerusform>
            <numerusform>%n Server auf diesem Rechner gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local model server answered.</source>
        <translation>Kein lokaler Modellserver hat geantwortet.</translation>
    </message>
    <message>
        <source>The providers were not saved: %1</source>
        <translation>Die Anbieter wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source> (found on this machine)</source>
        <translation> (auf diesem Rechner gefunden)</translation>
    </message>
    <message>
        <source>Enter an address such as %1.</source>
        <translation>Gib eine Adresse wie %1 ein.</translation>
    </message>
    <message>
        <source>This kind of server takes no key.</source>
        <translation>Diese Art von Server braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>A key is set for this run only.</source>
        <translation>Ein Schlüssel ist nur für diesen Programmlauf gesetzt.</translation>
    </message>
    <message>
        <source>A key is set (from the keychain or the environment).</source>
        <translation>Ein Schlüssel ist gesetzt (aus dem Schlüsselbund oder der Umgebung).</translation>
    </message>
    <message>
        <source>No key known yet. Keys are kept in the system keychain, never in a file.</source>
        <translation>Noch kein Schlüssel bekannt. Schlüssel liegen im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The key is used for this run only and is not stored.</source>
        <translation>Der Schlüssel gilt nur für diesen Programmlauf und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key is saved in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the key was not saved. Tick &quot;Use for this run only&quot; and save it again to use it until the program ends.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher wurde der Schlüssel nicht gespeichert. Kreuze „Nur für diesen Programmlauf verwenden“ an und speichere erneut, um ihn bis zum Programmende zu nutzen.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key (is it locked?): %1</source>
        <translation>Der Schlüsselbund hat das Speichern abgelehnt (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key is removed.</source>
        <translation>Der Schlüssel ist entfernt.</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Der Schlüssel wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>awb::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>The new language is used the next time Agent Workbench starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Agent Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>awb::ToolPicker</name>
    <message>
        <source>Claude Code tools</source>
        <translation>Werkzeuge von Claude Code</translation>
    </message>
    <message>
        <source>More: mcp__server__*, Bash(git *), Agent(worker)…</source>
        <translation>Weitere: mcp__server__*, Bash(git *), Agent(worker) …</translation>
    </message>
    <message>
        <source>Other tool entries</source>
        <translation>Weitere Werkzeugeinträge</translation>
    </message>
</context>
<context>
    <name>awb::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Agent Workbench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Agent Workbench&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Write subagents for Claude Code, see exactly what Claude Code reads from them, and find out before it bites you when a file would not load. Editing, checking and exporting need no account.</source>
        <translation>Schreibe Subagenten für Claude Code, sieh genau, was Claude Code aus ihnen liest, und erfahre rechtzeitig, wenn eine Datei nicht geladen würde. Bearbeiten, Prüfen und Exportieren brauchen kein Konto.</translation>
    </message>
    <message>
        <source>Open a &amp;Project Folder…</source>
        <translation>Einen &amp;Projektordner öffnen …</translation>
    </message>
    <message>
        <source>Its .claude/agents/ folder, with every subfolder.</source>
        <translation>Dessen Ordner .claude/agents/ mit allen Unterordnern.</translation>
    </message>
    <message>
        <source>Open &amp;Your Agents (~/.claude/agents)</source>
        <translation>&amp;Deine Agenten öffnen (~/.claude/agents)</translation>
    </message>
    <message>
        <source>The agents Claude Code loads in every project.</source>
        <translation>Die Agenten, die Claude Code in jedem Projekt lädt.</translation>
    </message>
    <message>
        <source>Explore the &amp;Sample Library</source>
        <translation>&amp;Beispielbibliothek erkunden</translation>
    </message>
    <message>
        <source>A handful of well-written agents, one in the classic &lt;example&gt; style.</source>
        <translation>Eine Handvoll gut geschriebener Agenten, einer davon im klassischen &lt;example&gt;-Stil.</translation>
    </message>
    <message>
        <source>&amp;New Agent</source>
        <translation>&amp;Neuer Agent</translation>
    </message>
    <message>
        <source>Start from a blank agent or a template (File ▸ New).</source>
        <translation>Mit einem leeren Agenten oder einer Vorlage beginnen (Datei ▸ Neu).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author, test, route and export subagents.</source>
        <translation>Subagenten schreiben, testen, zuordnen und exportieren.</translation>
    </message>
    <message>
        <source>Open a folder of agents.</source>
        <translation>Einen Ordner mit Agenten öffnen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Color theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>Start in the form or the source view.</source>
        <translation>In der Formular- oder der Quelltextansicht beginnen.</translation>
    </message>
    <message>
        <source>Exit once the window has painted (for startup timing).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (zur Messung der Startzeit).</translation>
    </message>
    <message>
        <source>Agent files to open.</source>
        <translation>Zu öffnende Agentendateien.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
</context>
</TS>
