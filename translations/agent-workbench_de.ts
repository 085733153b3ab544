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
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>B&amp;eispiele:</translation>
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
        <source>None disallowed</source>
        <translation>Keine verboten</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>&amp;Permission mode:</source>
        <translation>Berechtigungsm&amp;odus:</translation>
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
        <translation>Ma&amp;x. Runden:</translation>
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
        <translation>&amp;Skills:</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>&amp;Gedächtnis:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Hin&amp;tergrund:</translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation>&amp;Isolation:</translation>
    </message>
    <message>
        <source>Initial prompt</source>
        <translation>Anfangsprompt</translation>
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
    <message>
        <source>Too&amp;ls:</source>
        <translation>We&amp;rkzeuge:</translation>
    </message>
    <message>
        <source>Disallo&amp;wed tools:</source>
        <translation>Verbotene Wer&amp;kzeuge:</translation>
    </message>
    <message>
        <source>Eff&amp;ort:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message>
        <source>Initial p&amp;rompt:</source>
        <translation>Anfangs&amp;prompt:</translation>
    </message>
    <message>
        <source>MCP &amp;servers:</source>
        <translation>MCP-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Agent fields</source>
        <translation>Felder des Agenten</translation>
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
    <message numerus="yes">
        <source>Total: %n reply(s) · %1 in · %2 out</source>
        <translation>
            <numerusform>Gesamt: %n Antwort · %1 Eingabe · %2 Ausgabe</numerusform>
            <numerusform>Gesamt: %n Antworten · %1 Eingabe · %2 Ausgabe</numerusform>
        </translation>
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
    <message>
        <source>Beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Show the first messages of the conversation</source>
        <translation>Die ersten Nachrichten des Gesprächs zeigen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Show the newest messages</source>
        <translation>Die neuesten Nachrichten zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n frühere Nachricht zeigen</numerusform>
            <numerusform>%n frühere Nachrichten zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n later message(s)</source>
        <translation>
            <numerusform>%n spätere Nachricht zeigen</numerusform>
            <numerusform>%n spätere Nachrichten zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>awb::ChatMessageWidget</name>
    <message>
        <source>%1 in</source>
        <translation>%1 Eingabe</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 Ausgabe</translation>
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
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the conversation the last run left</source>
        <translation>Das Gespräch öffnen, das der letzte Programmlauf hinterlassen hat</translation>
    </message>
    <message>
        <source>The last conversation could not be restored: %1</source>
        <translation>Das letzte Gespräch konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Save, open, export or clear the conversation</source>
        <translation>Das Gespräch speichern, öffnen, exportieren oder leeren</translation>
    </message>
    <message>
        <source>no conversation was left by the last run</source>
        <translation>der letzte Programmlauf hat kein Gespräch hinterlassen</translation>
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
    <message>
        <source>The provider was removed.</source>
        <translation>Der Anbieter wurde entfernt.</translation>
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
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>awb::EditorTab</name>
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
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>awb::ExamplesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
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
    <name>awb::ExportDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Export Agents</source>
        <translation>Agenten exportieren</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Current agent: %1</source>
        <translation>Aktueller Agent: %1</translation>
    </message>
    <message>
        <source>Current agent (none open)</source>
        <translation>Aktueller Agent (keiner geöffnet)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>Your &amp;home folder (user-level agents)</source>
        <translation>Dein &amp;Benutzerordner (Agenten auf Benutzerebene)</translation>
    </message>
    <message>
        <source>&amp;Zip archive:</source>
        <translation>&amp;Zip-Archiv:</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Zip-Archiv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Skip it (keep the file on disk)</source>
        <translation>Überspringen (die Datei auf der Festplatte behalten)</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>When a file exists and differs</source>
        <translation>Wenn eine Datei existiert und abweicht</translation>
    </message>
    <message>
        <source>When a file exists and differs:</source>
        <translation>Wenn eine Datei existiert und abweicht:</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Export as Zip Archive</source>
        <translation>Als Zip-Archiv exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Choose where the files go.</source>
        <translation>Wähle, wohin die Dateien kommen.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wähle mindestens ein Format.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced. </source>
        <translation>%1 existiert und wird ersetzt. </translation>
    </message>
    <message>
        <source>%1 exists: choose Overwrite to replace it.</source>
        <translation>%1 existiert: Wähle „Überschreiben“, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write: %1. Nothing will be written.</source>
        <translation>Schreiben nicht möglich: %1. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>stands for an agent&apos;s name in a file path</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>Whole library (agents: %1)</source>
        <translation>Ganze Bibliothek (Agenten: %1)</translation>
    </message>
    <message>
        <source>Where each tool reads your own agents: ~/.claude/agents, ~/.config/opencode/agent, …</source>
        <translation>Wo jedes Werkzeug deine eigenen Agenten liest: ~/.claude/agents, ~/.config/opencode/agent, …</translation>
    </message>
    <message>
        <source>New files: %1</source>
        <translation>Neue Dateien: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>unverändert: %1</translation>
    </message>
    <message>
        <source>overwriting a different file: %1</source>
        <translation>überschreiben eine abweichende Datei: %1</translation>
    </message>
    <message>
        <source>different on disk, skipped: %1</source>
        <translation>auf der Festplatte abweichend, übersprungen: %1</translation>
    </message>
    <message>
        <source>not written (two agents, one file name): %1</source>
        <translation>nicht geschrieben (zwei Agenten, ein Dateiname): %1</translation>
    </message>
    <message>
        <source>Files written to %1: %2</source>
        <translation>Nach %1 geschriebene Dateien: %2</translation>
    </message>
    <message>
        <source>Planning the export</source>
        <translation>Export wird geplant</translation>
    </message>
    <message>
        <source>Reading the library: %1 of %2 agent files…</source>
        <translation>Bibliothek wird gelesen: %1 von %2 Agentendateien …</translation>
    </message>
    <message>
        <source>Whole library (reading %1 files…)</source>
        <translation>Ganze Bibliothek (%1 Dateien werden gelesen …)</translation>
    </message>
    <message>
        <source>Reading the library: %1 agent files…</source>
        <translation>Bibliothek wird gelesen: %1 Agentendateien …</translation>
    </message>
    <message>
        <source>Planning the files…</source>
        <translation>Dateien werden geplant …</translation>
    </message>
    <message>
        <source>No agents to export.</source>
        <translation>Keine Agenten zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>awb::ExportPreview</name>
    <message>
        <source>%1 carried, %2 mapped, %3 dropped</source>
        <translation>%1 übernommen, %2 umgesetzt, %3 entfallen</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Changes against the file on disk</source>
        <translation>Änderungen gegenüber der Datei auf der Festplatte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>nicht schreibbar: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>differs on disk: skipped</source>
        <translation>weicht auf der Festplatte ab: übersprungen</translation>
    </message>
    <message>
        <source>differs on disk: overwritten</source>
        <translation>weicht auf der Festplatte ab: überschrieben</translation>
    </message>
    <message>
        <source>same as another file</source>
        <translation>gleich wie eine andere Datei</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The file on disk is the same.</source>
        <translation>Die Datei auf der Festplatte ist gleich.</translation>
    </message>
    <message>
        <source>on disk: %1</source>
        <translation>auf der Festplatte: %1</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>new file: %1</source>
        <translation>neue Datei: %1</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
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
    <name>awb::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Agents</source>
        <translation>Agenten importieren</translation>
    </message>
    <message>
        <source>A file, a folder or a .zip archive</source>
        <translation>Eine Datei, ein Ordner oder ein .zip-Archiv</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei …</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner …</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>&amp;Zip …</translation>
    </message>
    <message>
        <source>Detect from each file&apos;s path</source>
        <translation>Aus dem Pfad jeder Datei erkennen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Agents folder</source>
        <translation>Agentenordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Skip it (keep the file on disk)</source>
        <translation>Überspringen (die Datei auf der Festplatte behalten)</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>When a file exists and differs</source>
        <translation>Wenn eine Datei existiert und abweicht</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importieren aus:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Into agents folder:</source>
        <translation>In den Agentenordner:</translation>
    </message>
    <message>
        <source>When a file exists and differs:</source>
        <translation>Wenn eine Datei existiert und abweicht:</translation>
    </message>
    <message>
        <source>Import Agent File</source>
        <translation>Agentendatei importieren</translation>
    </message>
    <message>
        <source>Agent files (*.md *.toml *.json);;All files (*)</source>
        <translation>Agentendateien (*.md *.toml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Agents Folder</source>
        <translation>Agentenordner importieren</translation>
    </message>
    <message>
        <source>Import Zip Archive</source>
        <translation>Zip-Archiv importieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Import into Folder</source>
        <translation>In einen Ordner importieren</translation>
    </message>
    <message>
        <source>Choose a file, a folder or a zip archive to import.</source>
        <translation>Wähle eine Datei, einen Ordner oder ein Zip-Archiv zum Importieren.</translation>
    </message>
    <message>
        <source>No agent files found there.</source>
        <translation>Dort wurden keine Agentendateien gefunden.</translation>
    </message>
    <message>
        <source>Cannot write: %1. Nothing will be written.</source>
        <translation>Schreiben nicht möglich: %1. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not importable: %1</source>
        <translation>Nicht importierbar: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>Agents to import: %1</source>
        <translation>Zu importierende Agenten: %1</translation>
    </message>
    <message>
        <source>overwriting a different file: %1</source>
        <translation>überschreiben eine abweichende Datei: %1</translation>
    </message>
    <message>
        <source>different on disk, skipped: %1</source>
        <translation>auf der Festplatte abweichend, übersprungen: %1</translation>
    </message>
    <message>
        <source>Agents imported into %1: %2</source>
        <translation>Nach %1 importierte Agenten: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>awb::LibraryModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scope and number of agents</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Skipped by Claude Code: %1</source>
        <translation>Von Claude Code übersprungen: %1</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation>Überdeckt von %1</translation>
    </message>
    <message>
        <source>Another file in this scope declares the name &apos;%1&apos;; Claude Code keeps one of them, which one is not defined</source>
        <translation>Eine andere Datei in diesem Bereich deklariert den Namen „%1“; Claude Code behält eine davon, welche, ist nicht festgelegt</translation>
    </message>
    <message>
        <source>Wins over %1</source>
        <translation>Setzt sich durch gegen %1</translation>
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
    <message>
        <source>Export This Agent…</source>
        <translation>Diesen Agenten exportieren …</translation>
    </message>
    <message>
        <source>Export Library…</source>
        <translation>Bibliothek exportieren …</translation>
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
        <source>Chat</source>
        <translation>Chat</translation>
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
    <message>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <source>Loads in Claude Code</source>
        <translation>Wird von Claude Code geladen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>A&amp;uslöser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Anbieter …</translation>
    </message>
    <message>
        <source>Add and edit model providers and their keys</source>
        <translation>Modellanbieter und ihre Schlüssel hinzufügen und bearbeiten</translation>
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
    <message>
        <source>(models are listed once a key is set: Providers…)</source>
        <translation>(Modelle erscheinen, sobald ein Schlüssel gesetzt ist: Anbieter …)</translation>
    </message>
</context>
<context>
    <name>awb::PreviewBuilder</name>
    <message>
        <source>inherit (default) → %1</source>
        <translation>inherit (Standard) → %1</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <source>except</source>
        <comment>all tools except these</comment>
        <translation>außer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
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
        <source>Loads in Claude Code</source>
        <translation>Wird von Claude Code geladen</translation>
    </message>
    <message>
        <source>Claude Code skips this file</source>
        <translation>Claude Code überspringt diese Datei</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>What the main model sees</source>
        <translation>Was das Hauptmodell sieht</translation>
    </message>
    <message>
        <source>Nothing: the file is not listed.</source>
        <translation>Nichts: Die Datei wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Description: about %1 tokens (%2 characters), sent with every turn of every conversation.</source>
        <translation>Beschreibung: etwa %1 Token (%2 Zeichen), in jeder Runde jedes Gesprächs mitgesendet.</translation>
    </message>
    <message>
        <source>Examples (%1)</source>
        <translation>Beispiele (%1)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>The body is empty: the agent runs without a system prompt of its own.</source>
        <translation>Der Text ist leer: Der Agent läuft ohne eigenen Systemprompt.</translation>
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
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Apply the suggested fix of the selected problem (Ctrl+.)</source>
        <translation>Die vorgeschlagene Korrektur des gewählten Problems anwenden (Strg+.)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
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
    <name>awb::TriggersAgentBars</name>
    <message>
        <source>Precision, recall and F1 per agent</source>
        <translation>Präzision, Trefferquote und F1 je Agent</translation>
    </message>
    <message>
        <source>%1: F1 %2</source>
        <translation>%1: F1 %2</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Agent (prompts)</source>
        <translation>Agent (Prompts)</translation>
    </message>
    <message>
        <source>No agents to measure yet.</source>
        <translation>Noch keine Agenten zum Messen.</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n erwartet</numerusform>
            <numerusform>%n erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won</source>
        <translation>
            <numerusform>%n gewonnen</numerusform>
            <numerusform>%n gewonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts</source>
        <translation>keine Prompts</translation>
    </message>
    <message numerus="yes">
        <source>Precision %1: of the %n prompts it wins, %2 expect it.</source>
        <translation>
            <numerusform>Präzision %1: Von dem %n Prompt, den er gewinnt, erwarten ihn %2.</numerusform>
            <numerusform>Präzision %1: Von den %n Prompts, die er gewinnt, erwarten ihn %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recall %1: of the %n prompts that expect it, it wins %2.</source>
        <translation>
            <numerusform>Trefferquote %1: Von dem %n Prompt, der ihn erwartet, gewinnt er %2.</numerusform>
            <numerusform>Trefferquote %1: Von den %n Prompts, die ihn erwarten, gewinnt er %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steals %1, loses %2.</source>
        <translation>Nimmt %1 weg, verliert %2.</translation>
    </message>
    <message>
        <source>Click to see its mistakes in the heatmap.</source>
        <translation>Klicken, um seine Fehler in der Heatmap zu sehen.</translation>
    </message>
</context>
<context>
    <name>awb::TriggersExplanation</name>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>Erklärung der gewählten Zelle</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see why that agent scored what it did for that prompt.</source>
        <translation>Klicke auf eine Zelle der Heatmap, um zu sehen, warum dieser Agent für diesen Prompt so bewertet wurde.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Wert &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(BM25 %1)</source>
        <translation>(BM25 %1)</translation>
    </message>
    <message>
        <source>winner: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gewinner: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>erwartet: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>Abstand %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>From an &lt;example&gt; of %1.</source>
        <translation>Aus einem &lt;example&gt; von %1.</translation>
    </message>
    <message>
        <source>This prompt is one of this agent&apos;s own examples, so that example was left out of the agent&apos;s text when scoring; otherwise it would only find itself.</source>
        <translation>Dieser Prompt ist eines der eigenen Beispiele dieses Agenten; deshalb blieb das Beispiel beim Bewerten aus dem Text des Agenten heraus, sonst fände es nur sich selbst.</translation>
    </message>
    <message>
        <source>Matched terms</source>
        <translation>Gefundene Begriffe</translation>
    </message>
    <message>
        <source>%1% of the score</source>
        <translation>%1 % des Werts</translation>
    </message>
    <message>
        <source>No word of this prompt appears in this agent&apos;s name, description or examples.</source>
        <translation>Kein Wort dieses Prompts kommt im Namen, in der Beschreibung oder in den Beispielen dieses Agenten vor.</translation>
    </message>
    <message>
        <source>The model&apos;s answers</source>
        <translation>Die Antworten des Modells</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>awb::TriggersMapView</name>
    <message>
        <source>Map of agents and prompts</source>
        <translation>Karte der Agenten und Prompts</translation>
    </message>
    <message>
        <source>Agents are labeled anchors; prompts are points in the color of the agent that wins them. Near means similar.</source>
        <translation>Agenten sind beschriftete Anker; Prompts sind Punkte in der Farbe des Agenten, der sie gewinnt. Nah heißt ähnlich.</translation>
    </message>
    <message>
        <source>The map appears after a run.</source>
        <translation>Die Karte erscheint nach einem Lauf.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>prompt, in its winner&apos;s color</source>
        <translation>Prompt, in der Farbe seines Gewinners</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>expected: %1 · winner: %2</source>
        <translation>erwartet: %1 · Gewinner: %2</translation>
    </message>
</context>
<context>
    <name>awb::TriggersPane</name>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>&amp;Run Triggers</source>
        <translation>Auslöser &amp;prüfen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Score every prompt of the suite against every agent (F5)</source>
        <translation>Jeden Prompt der Suite gegen jeden Agenten bewerten (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export Trigger Report…</source>
        <translation>Auslöserbericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>R&amp;outer:</source>
        <translation>R&amp;outer:</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Router settings</source>
        <translation>Router-Einstellungen</translation>
    </message>
    <message>
        <source>Configure &amp;Embeddings…</source>
        <translation>&amp;Embeddings einrichten …</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Show Only These</source>
        <translation>Nur &amp;diese zeigen</translation>
    </message>
    <message>
        <source>Show only the flipped prompts</source>
        <translation>Nur die umgeschlagenen Prompts zeigen</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the expected agent, columns the winner</source>
        <translation>Konfusionsmatrix: Zeilen sind der erwartete Agent, Spalten der Gewinner</translation>
    </message>
    <message>
        <source>Rows: the agent a prompt should reach. Columns: the agent that took it. The diagonal is what went right; everything else is a mistake. &quot;(none)&quot;: no custom agent.</source>
        <translation>Zeilen: der Agent, den ein Prompt erreichen soll. Spalten: der Agent, der ihn bekam. Die Diagonale ist, was richtig lief; alles andere ist ein Fehler. „(keiner)“: kein eigener Agent.</translation>
    </message>
    <message>
        <source>&amp;Confusion</source>
        <translation>&amp;Konfusion</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Kar&amp;te</translation>
    </message>
    <message>
        <source>&amp;Suite</source>
        <translation>&amp;Suite</translation>
    </message>
    <message>
        <source>Filter prompts, expected or winning agent…</source>
        <translation>Prompts, erwartete oder gewinnende Agenten filtern …</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>Prompts filtern</translation>
    </message>
    <message>
        <source>Only &amp;wrong</source>
        <translation>Nur &amp;falsche</translation>
    </message>
    <message>
        <source>Order of the prompts</source>
        <translation>Reihenfolge der Prompts</translation>
    </message>
    <message>
        <source>Suite order</source>
        <translation>Reihenfolge der Suite</translation>
    </message>
    <message>
        <source>Mistakes first</source>
        <translation>Fehler zuerst</translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation>Kleinster Abstand zuerst</translation>
    </message>
    <message>
        <source>Click an agent&apos;s column header to order by its scores</source>
        <translation>Klicke auf den Spaltenkopf eines Agenten, um nach seinen Werten zu sortieren</translation>
    </message>
    <message>
        <source>Heatmap: prompts down, agents across</source>
        <translation>Heatmap: Prompts untereinander, Agenten nebeneinander</translation>
    </message>
    <message>
        <source>Cell color is the score. A corner mark is the expected agent; the winner is outlined, green when right and red when wrong.</source>
        <translation>Die Zellfarbe ist der Wert. Eine Eckmarke zeigt den erwarteten Agenten; der Gewinner ist umrandet, grün wenn richtig, rot wenn falsch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competing pairs&lt;/b&gt;: agents whose texts share the most weighty words, so prompts may go to either.</source>
        <translation>&lt;b&gt;Konkurrierende Paare&lt;/b&gt;: Agenten, deren Texte die gewichtigsten Wörter teilen, sodass Prompts an beide gehen können.</translation>
    </message>
    <message>
        <source>Competing pairs of agents</source>
        <translation>Konkurrierende Agentenpaare</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Shared terms</source>
        <translation>Gemeinsame Begriffe</translation>
    </message>
    <message>
        <source>The suite in %1 could not be read: %2. Prompts you add are kept in a new suite; the file is not overwritten until you change the suite.</source>
        <translation>Die Suite in %1 konnte nicht gelesen werden: %2. Hinzugefügte Prompts kommen in eine neue Suite; die Datei wird erst überschrieben, wenn du die Suite änderst.</translation>
    </message>
    <message>
        <source>Open a folder of agents to keep this suite in a file; until then it lives only in this window.</source>
        <translation>Öffne einen Ordner mit Agenten, um diese Suite in einer Datei zu behalten; bis dahin lebt sie nur in diesem Fenster.</translation>
    </message>
    <message>
        <source>Could not save the suite to %1: %2. Your prompts are kept while this window is open.</source>
        <translation>Die Suite konnte nicht in %1 gespeichert werden: %2. Deine Prompts bleiben erhalten, solange dieses Fenster offen ist.</translation>
    </message>
    <message>
        <source>Open a folder of agents to see which prompts reach which agent.</source>
        <translation>Öffne einen Ordner mit Agenten, um zu sehen, welche Prompts welchen Agenten erreichen.</translation>
    </message>
    <message>
        <source>No prompts yet: add some on the Suite tab, or give your agents &lt;example&gt; blocks.</source>
        <translation>Noch keine Prompts: Füge auf dem Reiter „Suite“ welche hinzu oder gib deinen Agenten &lt;example&gt;-Blöcke.</translation>
    </message>
    <message>
        <source>%1% right</source>
        <translation>%1 % richtig</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 prompts · %n agents</source>
        <translation>
            <numerusform>%1 von %2 Prompts · %n Agent</numerusform>
            <numerusform>%1 von %2 Prompts · %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>macro F1 %1</source>
        <translation>Makro-F1 %1</translation>
    </message>
    <message numerus="yes">
        <source>the listing adds ~%n tokens to every turn</source>
        <translation>
            <numerusform>die Auflistung fügt jeder Runde ~%n Token hinzu</numerusform>
            <numerusform>die Auflistung fügt jeder Runde ~%n Token hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;none&quot; below a score of %1</source>
        <translation>„keiner“ unter einem Wert von %1</translation>
    </message>
    <message>
        <source>Accuracy %1%</source>
        <translation>Genauigkeit %1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>“%1”: %2 → %3</source>
        <translation>„%1“: %2 → %3</translation>
    </message>
    <message>
        <source>No two agents share much: good.</source>
        <translation>Keine zwei Agenten haben viel gemeinsam: gut.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Listing weight&lt;/b&gt;: the %n agents&apos; listing lines add about %1 tokens to every turn of every conversation.</source>
        <translation>
            <numerusform>&lt;b&gt;Gewicht der Auflistung&lt;/b&gt;: Die Auflistungszeile des %n Agenten fügt jeder Runde jedes Gesprächs etwa %1 Token hinzu.</numerusform>
            <numerusform>&lt;b&gt;Gewicht der Auflistung&lt;/b&gt;: Die Auflistungszeilen der %n Agenten fügen jeder Runde jedes Gesprächs etwa %1 Token hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no result to export yet: run the triggers first.</source>
        <translation>Es gibt noch kein Ergebnis zum Exportieren: Prüfe zuerst die Auslöser.</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(kein Ordner)</translation>
    </message>
    <message>
        <source>Export Trigger Report</source>
        <translation>Auslöserbericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV table (*.csv);;JSON (*.json)</source>
        <translation>HTML-Seite (*.html);;CSV-Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Lexical (BM25, offline, live)</source>
        <translation>Lexikalisch (BM25, offline, live)</translation>
    </message>
    <message>
        <source>Embeddings (cosine similarity)</source>
        <translation>Embeddings (Kosinus-Ähnlichkeit)</translation>
    </message>
    <message>
        <source>Model simulation</source>
        <translation>Modellsimulation</translation>
    </message>
    <message>
        <source>Claude Code (the real thing)</source>
        <translation>Claude Code (das Original)</translation>
    </message>
    <message>
        <source>Scores the words each prompt shares with each agent&apos;s name, description and examples. Instant, needs nothing, and follows your edits as you type.</source>
        <translation>Bewertet die Wörter, die jeder Prompt mit Name, Beschreibung und Beispielen jedes Agenten teilt. Sofort, ohne Voraussetzungen, und folgt deinen Änderungen beim Tippen.</translation>
    </message>
    <message>
        <source>Cosine similarity of embeddings from %1 (model %2); vectors are cached on disk.</source>
        <translation>Kosinus-Ähnlichkeit von Embeddings aus %1 (Modell %2); Vektoren werden auf der Festplatte zwischengespeichert.</translation>
    </message>
    <message>
        <source>Needs an OpenAI-compatible embeddings endpoint (Ollama, LM Studio, OpenAI): choose one with Router settings ▸ Configure Embeddings.</source>
        <translation>Braucht einen OpenAI-kompatiblen Embeddings-Endpunkt (Ollama, LM Studio, OpenAI): Wähle einen unter Router-Einstellungen ▸ Embeddings einrichten.</translation>
    </message>
    <message>
        <source>Configure Embeddings</source>
        <translation>Embeddings einrichten</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible /v1/embeddings endpoint without a key, such as a local Ollama or LM Studio server.</source>
        <translation>Ein beliebiger OpenAI-kompatibler /v1/embeddings-Endpunkt ohne Schlüssel, etwa ein lokaler Ollama- oder LM-Studio-Server.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Give a URL such as http://localhost:11434/v1 and a model name.</source>
        <translation>Gib eine URL wie http://localhost:11434/v1 und einen Modellnamen an.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>Run cancelled; the results so far are shown.</source>
        <translation>Lauf abgebrochen; die bisherigen Ergebnisse werden gezeigt.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>Done, but the cache could not be written: %1</source>
        <translation>Fertig, aber der Zwischenspeicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Map of agents and prompts</source>
        <translation>Karte der Agenten und Prompts</translation>
    </message>
    <message>
        <source>Precision, recall and F1 per agent</source>
        <translation>Präzision, Trefferquote und F1 je Agent</translation>
    </message>
    <message>
        <source>Start &amp;Run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>A local server: no charge.</source>
        <translation>Ein lokaler Server: keine Kosten.</translation>
    </message>
    <message>
        <source>A remote endpoint may charge for these tokens (embeddings typically cost cents per million).</source>
        <translation>Ein entfernter Endpunkt kann diese Token berechnen (Embeddings kosten typischerweise Cent pro Million).</translation>
    </message>
    <message>
        <source>This run embeds up to %1 texts (about %2 tokens) with %3 at %4; vectors already cached are not asked for again. %5</source>
        <translation>Dieser Lauf berechnet Embeddings für bis zu %1 Texte (etwa %2 Token) mit %3 bei %4; bereits zwischengespeicherte Vektoren werden nicht erneut angefragt. %5</translation>
    </message>
    <message>
        <source>kept from the saved agents, %1</source>
        <translation>von den gespeicherten Agenten übernommen, %1</translation>
    </message>
    <message>
        <source>Prompts flipped by your unsaved edits: %1</source>
        <translation>Durch deine ungespeicherten Änderungen umgeschlagene Prompts: %1</translation>
    </message>
    <message>
        <source>Prompts that go elsewhere than with the lexical router: %1</source>
        <translation>Prompts, die anders landen als beim lexikalischen Router: %1</translation>
    </message>
    <message>
        <source>now right: %1</source>
        <translation>jetzt richtig: %1</translation>
    </message>
    <message>
        <source>right only here: %1</source>
        <translation>nur hier richtig: %1</translation>
    </message>
    <message>
        <source>now wrong: %1</source>
        <translation>jetzt falsch: %1</translation>
    </message>
    <message>
        <source>wrong only here: %1</source>
        <translation>nur hier falsch: %1</translation>
    </message>
    <message>
        <source>Highest score of %1</source>
        <translation>Höchster Wert von %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to see its prompts in the heatmap</source>
        <translation>Doppelklicke auf eine Zelle oder drücke darauf die Eingabetaste, um ihre Prompts in der Heatmap zu sehen</translation>
    </message>
    <message>
        <source>Showing one cell of the confusion matrix; click to show all prompts again</source>
        <translation>Eine Zelle der Konfusionsmatrix wird gezeigt; klicken, um wieder alle Prompts zu zeigen</translation>
    </message>
    <message>
        <source>%1 → %2 ✕</source>
        <translation>%1 → %2 ✕</translation>
    </message>
    <message>
        <source>Showing prompts that expect %1 and go to %2; press to show all</source>
        <translation>Gezeigt werden Prompts, die %1 erwarten und bei %2 landen; drücken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Asks %1 to delegate each prompt, 3 samples per prompt, presenting the agents as Claude Code does. It measures how distinguishable the descriptions are to that model, not Claude Code&apos;s full system prompt.</source>
        <translation>Bittet %1, jeden Prompt zu delegieren, mit 3 Stichproben pro Prompt, und stellt die Agenten so vor wie Claude Code. Das misst, wie gut dieses Modell die Beschreibungen unterscheiden kann, nicht den vollständigen Systemprompt von Claude Code.</translation>
    </message>
    <message>
        <source>Needs an API key for the provider chosen in the toolbar (Providers…).</source>
        <translation>Braucht einen API-Schlüssel für den in der Werkzeugleiste gewählten Anbieter (Anbieter …).</translation>
    </message>
    <message>
        <source>Needs a provider and a model chosen in the toolbar&apos;s model selector.</source>
        <translation>Braucht einen Anbieter und ein Modell aus der Modellauswahl der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>Runs each prompt through the claude CLI in a scratch project holding the library and reads which agent it delegates to. The closest thing to the truth; slow, and billed like any Claude Code session.</source>
        <translation>Schickt jeden Prompt in einem Wegwerfprojekt mit der Bibliothek durch die claude-CLI und liest ab, an welchen Agenten sie delegiert. Am nächsten an der Wirklichkeit; langsam und abgerechnet wie jede Claude-Code-Sitzung.</translation>
    </message>
    <message>
        <source>Needs the claude CLI (Claude Code) on the PATH.</source>
        <translation>Braucht die claude-CLI (Claude Code) im PATH.</translation>
    </message>
    <message>
        <source>Model simulation with %1: %2</source>
        <translation>Modellsimulation mit %1: %2</translation>
    </message>
    <message>
        <source>Runs claude -p once per prompt (%1 prompts) in a scratch project holding the library. Each run is a full Claude Code session, billed to your Claude account or key, and takes seconds to minutes.</source>
        <translation>Führt claude -p einmal pro Prompt (%1 Prompts) in einem Wegwerfprojekt mit der Bibliothek aus. Jeder Lauf ist eine vollständige Claude-Code-Sitzung, wird deinem Claude-Konto oder Schlüssel berechnet und dauert Sekunden bis Minuten.</translation>
    </message>
    <message>
        <source>Run triggers</source>
        <translation>Auslöser prüfen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
</context>
<context>
    <name>awb::TriggersSuiteEditor</name>
    <message>
        <source>Expected agent</source>
        <translation>Erwarteter Agent</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Include the agents&apos; &amp;example prompts</source>
        <translation>Die &amp;example-Prompts der Agenten einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Prompt</source>
        <translation>Prompt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a prompt and the agent that should take it</source>
        <translation>Einen Prompt und den Agenten, der ihn übernehmen soll, hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add prompts from a text file (one per line), a CSV file (prompt,expected) or JSON</source>
        <translation>Prompts aus einer Textdatei (einer pro Zeile), einer CSV-Datei (prompt,expected) oder JSON hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected prompts (example prompts live in the agents&apos; descriptions)</source>
        <translation>Die gewählten Prompts entfernen (Beispielprompts stehen in den Beschreibungen der Agenten)</translation>
    </message>
    <message>
        <source>The user line of every &lt;example&gt; in the descriptions joins the suite, expected for its agent</source>
        <translation>Die Benutzerzeile jedes &lt;example&gt; in den Beschreibungen kommt in die Suite, erwartet für ihren Agenten</translation>
    </message>
    <message>
        <source>Prompts of the trigger suite</source>
        <translation>Prompts der Auslöser-Suite</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Expected Agent</source>
        <translation>Erwarteter Agent</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>A new prompt</source>
        <translation>Ein neuer Prompt</translation>
    </message>
    <message>
        <source>example of %1</source>
        <translation>Beispiel von %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>deiner</translation>
    </message>
    <message>
        <source>Taken from the agent&apos;s description; edit the agent to change it</source>
        <translation>Aus der Beschreibung des Agenten übernommen; bearbeite den Agenten, um ihn zu ändern</translation>
    </message>
    <message>
        <source>No agent of this library is called %1; this prompt always counts as wrong</source>
        <translation>Kein Agent dieser Bibliothek heißt %1; dieser Prompt zählt immer als falsch</translation>
    </message>
    <message>
        <source>%1 prompts: %2 from examples, %3 yours (%4 expect none)</source>
        <translation>%1 Prompts: %2 aus Beispielen, %3 von dir (%4 erwarten keinen)</translation>
    </message>
    <message>
        <source>Import Prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.csv *.json);;Text, one prompt per line (*.txt);;CSV: prompt,expected (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Prompt-Dateien (*.txt *.csv *.json);;Text, ein Prompt pro Zeile (*.txt);;CSV: prompt,expected (*.csv);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
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
    <message>
        <source>&lt;h3&gt;Models (optional)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Modelle (optional)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Set Up a P&amp;rovider…</source>
        <translation>&amp;Anbieter einrichten …</translation>
    </message>
    <message>
        <source>Finds model servers running on this computer (Ollama, LM Studio, llama.cpp), or takes an API key and keeps it in the system keychain. Needed only for test conversations and model routing.</source>
        <translation>Findet Modellserver auf diesem Computer (Ollama, LM Studio, llama.cpp) oder nimmt einen API-Schlüssel entgegen und legt ihn im Schlüsselbund des Systems ab. Nur für Testgespräche und modellbasiertes Routing nötig.</translation>
    </message>
    <message>
        <source>Or skip it: editing, linting, lexical triggers and export need no account.</source>
        <translation>Oder überspringe es: Bearbeiten, Prüfen, lexikalische Auslöser und Export brauchen kein Konto.</translation>
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
        <source>Exit once the library has been read and shown (for startup timing).</source>
        <translation>Beenden, sobald die Bibliothek gelesen und angezeigt ist (zur Messung der Startzeit).</translation>
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
