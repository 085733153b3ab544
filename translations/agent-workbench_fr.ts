<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide d’utilisation manque dans cette version.</translation>
    </message>
    <message>
        <source>Agent Workbench User Guide</source>
        <translation>Guide d’utilisation d’Agent Workbench</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>awb::AgentForm</name>
    <message>
        <source>System prompt (Markdown)</source>
        <translation>Prompt système (Markdown)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>You are … (the agent&apos;s instructions)</source>
        <translation>Tu es … (les instructions de l’agent)</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l’utiliser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>lowercase-with-hyphens</source>
        <translation>minuscules-avec-tirets</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Use proactively when … (Claude Code sends this with every turn)</source>
        <translation>À utiliser de façon proactive quand … (Claude Code l’envoie à chaque tour)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>E&amp;xemples&#xa0;:</translation>
    </message>
    <message>
        <source>Model and tools</source>
        <translation>Modèle et outils</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>Co&amp;uleur&#xa0;:</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Tous les outils</translation>
    </message>
    <message>
        <source>None disallowed</source>
        <translation>Aucun interdit</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>&amp;Permission mode:</source>
        <translation>Mode d’auto&amp;risation&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Max turns</source>
        <translation>Tours max.</translation>
    </message>
    <message>
        <source>Max t&amp;urns:</source>
        <translation>Nom&amp;bre max. de tours&#xa0;:</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>skill-one, skill-two</source>
        <translation>skill-un, skill-deux</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>S&amp;kills&#xa0;:</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>Mém&amp;oire&#xa0;:</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation>&amp;Isolation&#xa0;:</translation>
    </message>
    <message>
        <source>Initial prompt</source>
        <translation>Prompt initial</translation>
    </message>
    <message>
        <source>MCP servers and hooks (YAML)</source>
        <translation>Serveurs MCP et hooks (YAML)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Hooks:</source>
        <translation>Hooks&#xa0;:</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Autres clés</translation>
    </message>
    <message>
        <source>Keys Claude Code does not know appear here, read-only.</source>
        <translation>Les clés inconnues de Claude Code apparaissent ici, en lecture seule.</translation>
    </message>
    <message>
        <source>Other keys:</source>
        <translation>Autres clés&#xa0;:</translation>
    </message>
    <message>
        <source>Write it as &apos;%1:&apos; followed by indented lines; not applied yet.</source>
        <translation>Écrire « %1: » suivi de lignes indentées&#xa0;; pas encore appliqué.</translation>
    </message>
    <message>
        <source>Not valid YAML (line %1: %2); not applied yet.</source>
        <translation>YAML non valide (ligne %1&#xa0;: %2)&#xa0;; pas encore appliqué.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>⚠ A name is required; without it Claude Code skips the file.</source>
        <translation>⚠ Un nom est requis&#xa0;; sans lui, Claude Code ignore le fichier.</translation>
    </message>
    <message>
        <source>⚠ A name starting with &apos;-&apos; makes Claude Code skip the file.</source>
        <translation>⚠ Un nom commençant par « - » fait ignorer le fichier par Claude Code.</translation>
    </message>
    <message>
        <source>⚠ &apos;:&apos; is reserved for plugin agents; use &apos;%1&apos;.</source>
        <translation>⚠ «&#xa0;: » est réservé aux agents de plugins&#xa0;; utilise « %1 ».</translation>
    </message>
    <message>
        <source>Loads, but lowercase-and-hyphens is expected: &apos;%1&apos;.</source>
        <translation>Se charge, mais des minuscules et des tirets sont attendus&#xa0;: « %1 ».</translation>
    </message>
    <message>
        <source>✓ Good name.</source>
        <translation>✓ Bon nom.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n tokens, sent with every turn of every conversation.</source>
        <translation>
            <numerusform>Environ %n jeton, envoyé à chaque tour de chaque conversation.</numerusform>
            <numerusform>Environ %n jetons, envoyés à chaque tour de chaque conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Disallowed tools</source>
        <translation>Outils interdits</translation>
    </message>
    <message>
        <source>Permission mode</source>
        <translation>Mode d’autorisation</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Too&amp;ls:</source>
        <translation>Ou&amp;tils&#xa0;:</translation>
    </message>
    <message>
        <source>Disallo&amp;wed tools:</source>
        <translation>Outi&amp;ls interdits&#xa0;:</translation>
    </message>
    <message>
        <source>Eff&amp;ort:</source>
        <translation>Ni&amp;veau d’effort&#xa0;:</translation>
    </message>
    <message>
        <source>Initial p&amp;rompt:</source>
        <translation>&amp;Prompt initial&#xa0;:</translation>
    </message>
    <message>
        <source>MCP &amp;servers:</source>
        <translation>&amp;Serveurs MCP&#xa0;:</translation>
    </message>
    <message>
        <source>Agent fields</source>
        <translation>Champs de l’agent</translation>
    </message>
</context>
<context>
    <name>awb::ChatColumn</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Stop waiting and give up on this reply</source>
        <translation>Ne plus attendre et abandonner cette réponse</translation>
    </message>
    <message>
        <source>Cancel retry</source>
        <translation>Annuler la nouvelle tentative</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Send a message to talk to the agent: its body is the system prompt.</source>
        <translation>Envoie un message pour parler à l’agent&#xa0;: son corps sert de prompt système.</translation>
    </message>
    <message>
        <source>Conversation total</source>
        <translation>Total de la conversation</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s (attempt %2).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n s (tentative %2).</numerusform>
            <numerusform>%1 Nouvel essai dans %n s (tentative %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens (%3%)</source>
        <translation>Contexte&#xa0;: %1 sur %2 jetons (%3 %)</translation>
    </message>
    <message>
        <source>context %1%</source>
        <translation>contexte %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n reply(s) · %1 in · %2 out</source>
        <translation>
            <numerusform>Total&#xa0;: %n réponse · %1 en entrée · %2 en sortie</numerusform>
            <numerusform>Total&#xa0;: %n réponses · %1 en entrée · %2 en sortie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>awb::ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Write a message to the agent… (Ctrl+Enter sends)</source>
        <translation>Écris un message à l’agent… (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop the reply; what arrived is kept (Esc)</source>
        <translation>Arrêter la réponse&#xa0;; ce qui est arrivé est conservé (Échap)</translation>
    </message>
</context>
<context>
    <name>awb::ChatMessageView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Show the first messages of the conversation</source>
        <translation>Afficher les premiers messages de la conversation</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Show the newest messages</source>
        <translation>Afficher les messages les plus récents</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Afficher %n message précédent</numerusform>
            <numerusform>Afficher %n messages précédents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n later message(s)</source>
        <translation>
            <numerusform>Afficher %n message suivant</numerusform>
            <numerusform>Afficher %n messages suivants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>awb::ChatMessageWidget</name>
    <message>
        <source>%1 in</source>
        <translation>%1 en entrée</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en cache</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 en sortie</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>pas de prix pour ce modèle</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>premier jeton en %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>stop: %1</source>
        <translation>arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the message&apos;s text</source>
        <translation>Copier le texte du message</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this message and send it again (the replies after it go)</source>
        <translation>Modifier ce message et le renvoyer (les réponses suivantes disparaissent)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Redemander cette réponse</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Ask the model to go on from where the reply stopped</source>
        <translation>Demander au modèle de reprendre là où la réponse s’est arrêtée</translation>
    </message>
    <message>
        <source>Show thinking</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Appels d’outils</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Reply figures</source>
        <translation>Chiffres de la réponse</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Toi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>en cours d’écriture…</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ton message</translation>
    </message>
    <message numerus="yes">
        <source>Thinking (%n words)</source>
        <translation>
            <numerusform>Réflexion (%n mot)</numerusform>
            <numerusform>Réflexion (%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool call: %1 %2</source>
        <translation>Appel d’outil&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Interrupted: the reply is incomplete.</source>
        <translation>Interrompu&#xa0;: la réponse est incomplète.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide thinking</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Replace this message and ask again (Ctrl+Enter); the replies after it are dropped</source>
        <translation>Remplacer ce message et redemander (Ctrl+Entrée)&#xa0;; les réponses suivantes sont abandonnées</translation>
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
        <translation>Modèle de comparaison</translation>
    </message>
    <message>
        <source>Edited text</source>
        <translation>Texte modifié</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>Which version of the agent&apos;s body is the system prompt</source>
        <translation>Quelle version du corps de l’agent sert de prompt système</translation>
    </message>
    <message>
        <source>System prompt source</source>
        <translation>Source du prompt système</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Comparer avec un autre modèle</translation>
    </message>
    <message>
        <source>Compare saved with edited</source>
        <translation>Comparer la version enregistrée et la version modifiée</translation>
    </message>
    <message>
        <source>Run the same conversation side by side</source>
        <translation>Mener la même conversation côte à côte</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt&#xa0;:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the conversation as a transcript (JSON)</source>
        <translation>Enregistrer la conversation comme transcription (JSON)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a saved transcript</source>
        <translation>Ouvrir une transcription enregistrée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the conversation as Markdown</source>
        <translation>Exporter la conversation en Markdown</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation>Prix…</translation>
    </message>
    <message>
        <source>Edit the price table (USD per million tokens per model)</source>
        <translation>Modifier la table des prix (USD par million de jetons et par modèle)</translation>
    </message>
    <message>
        <source>The price table could not be read; the built-in prices are used. %1</source>
        <translation>La table des prix n’a pas pu être lue&#xa0;; les prix intégrés sont utilisés. %1</translation>
    </message>
    <message>
        <source>The next message goes to both sides; this side starts empty.</source>
        <translation>Le prochain message part des deux côtés&#xa0;; ce côté commence vide.</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Aucun modèle sélectionné</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Comparé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Edited agent · %1</source>
        <translation>Agent modifié · %1</translation>
    </message>
    <message>
        <source>Saved agent · %1</source>
        <translation>Agent enregistré · %1</translation>
    </message>
    <message>
        <source>The agent has no saved file yet: save it to compare.</source>
        <translation>L’agent n’a pas encore de fichier enregistré&#xa0;: enregistre-le pour comparer.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Open the conversation the last run left</source>
        <translation>Ouvrir la conversation laissée par la dernière session</translation>
    </message>
    <message>
        <source>The last conversation could not be restored: %1</source>
        <translation>La dernière conversation n’a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Save, open, export or clear the conversation</source>
        <translation>Enregistrer, ouvrir, exporter ou effacer la conversation</translation>
    </message>
    <message>
        <source>no conversation was left by the last run</source>
        <translation>la dernière session n’a laissé aucune conversation</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>Transcriptions (*.json)</translation>
    </message>
    <message>
        <source>The transcript was not saved: %1</source>
        <translation>La transcription n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Ouvrir une transcription</translation>
    </message>
    <message>
        <source>Transcripts (*.json);;All files (*)</source>
        <translation>Transcriptions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The transcript could not be opened: %1</source>
        <translation>La transcription n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Conversation as Markdown</source>
        <translation>Exporter la conversation en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The conversation was not exported: %1</source>
        <translation>La conversation n’a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The price table could not be written: %1</source>
        <translation>La table des prix n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prices are in %1 (USD per million tokens); they are read again when the window opens.</source>
        <translation>Les prix sont dans %1 (USD par million de jetons)&#xa0;; ils sont relus à l’ouverture de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>awb::ChatProviders</name>
    <message>
        <source>No key saved for this provider.</source>
        <translation>Aucune clé enregistrée pour ce fournisseur.</translation>
    </message>
</context>
<context>
    <name>awb::ChatSession</name>
    <message>
        <source>A reply is still arriving: stop it first.</source>
        <translation>Une réponse est encore en cours d’arrivée&#xa0;: arrête-la d’abord.</translation>
    </message>
    <message>
        <source>No provider is selected. Choose a model in the toolbar or add a provider in the settings.</source>
        <translation>Aucun fournisseur n’est sélectionné. Choisis un modèle dans la barre d’outils ou ajoute un fournisseur dans les paramètres.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Aucun modèle n’est sélectionné.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The provider was removed.</source>
        <translation>Le fournisseur a été supprimé.</translation>
    </message>
</context>
<context>
    <name>awb::CodeEditor</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The agent file as text</source>
        <translation>Le fichier de l’agent sous forme de texte</translation>
    </message>
    <message>
        <source>Fix available: %1</source>
        <translation>Correction disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>awb::ColorPicker</name>
    <message>
        <source>No color</source>
        <translation>Aucune couleur</translation>
    </message>
</context>
<context>
    <name>awb::DiagnosticsModel</name>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>awb::EditorTab</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 is %2 MB; agent files larger than %3 MB are not opened.</source>
        <translation>%1 fait %2 Mo&#xa0;; les fichiers d’agent de plus de %3 Mo ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not an agent file.</source>
        <translation>%1 semble être un fichier binaire, pas un fichier d’agent.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The file on disk was not changed.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
</context>
<context>
    <name>awb::ExamplesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Example context</source>
        <translation>Contexte de l’exemple</translation>
    </message>
    <message>
        <source>The situation, e.g. The user has just written a parser.</source>
        <translation>La situation, p. ex. L’utilisateur vient d’écrire un analyseur.</translation>
    </message>
    <message>
        <source>Example user message</source>
        <translation>Message d’exemple de l’utilisateur</translation>
    </message>
    <message>
        <source>What the user says</source>
        <translation>Ce que dit l’utilisateur</translation>
    </message>
    <message>
        <source>Example assistant reply</source>
        <translation>Réponse d’exemple de l’assistant</translation>
    </message>
    <message>
        <source>How the main agent answers, delegating</source>
        <translation>Comment l’agent principal répond en déléguant</translation>
    </message>
    <message>
        <source>Example commentary</source>
        <translation>Commentaire de l’exemple</translation>
    </message>
    <message>
        <source>Why this calls for the agent</source>
        <translation>Pourquoi cela appelle l’agent</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Assistant&#xa0;:</translation>
    </message>
    <message>
        <source>Commentary:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>(empty example)</source>
        <translation>(exemple vide)</translation>
    </message>
    <message>
        <source>Describe the situation</source>
        <translation>Décris la situation</translation>
    </message>
    <message>
        <source>I&apos;ll use the agent for this.</source>
        <translation>Je vais confier cela à l’agent.</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Ajouter un exemple</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Supprimer l’exemple</translation>
    </message>
    <message>
        <source>Move example up</source>
        <translation>Monter l’exemple</translation>
    </message>
    <message>
        <source>Move example down</source>
        <translation>Descendre l’exemple</translation>
    </message>
</context>
<context>
    <name>awb::ExportDialog</name>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Écrire</translation>
    </message>
    <message>
        <source>Export Agents</source>
        <translation>Exporter des agents</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Current agent: %1</source>
        <translation>Agent courant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current agent (none open)</source>
        <translation>Agent courant (aucun ouvert)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>&amp;Dossier du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;home folder (user-level agents)</source>
        <translation>Ton dossier &amp;personnel (agents au niveau utilisateur)</translation>
    </message>
    <message>
        <source>&amp;Zip archive:</source>
        <translation>Archive &amp;zip&#xa0;:</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archive zip</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Skip it (keep the file on disk)</source>
        <translation>L’ignorer (garder le fichier sur le disque)</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>L’écraser</translation>
    </message>
    <message>
        <source>When a file exists and differs</source>
        <translation>Quand un fichier existe et diffère</translation>
    </message>
    <message>
        <source>When a file exists and differs:</source>
        <translation>Quand un fichier existe et diffère&#xa0;:</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export as Zip Archive</source>
        <translation>Exporter en archive zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Choose where the files go.</source>
        <translation>Choisis où vont les fichiers.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisis au moins un format.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced. </source>
        <translation>%1 existe et sera remplacé. </translation>
    </message>
    <message>
        <source>%1 exists: choose Overwrite to replace it.</source>
        <translation>%1 existe&#xa0;: choisis « L’écraser » pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write: %1. Nothing will be written.</source>
        <translation>Écriture impossible&#xa0;: %1. Rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>stands for an agent&apos;s name in a file path</comment>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Whole library (agents: %1)</source>
        <translation>Toute la bibliothèque (agents&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Where each tool reads your own agents: ~/.claude/agents, ~/.config/opencode/agent, …</source>
        <translation>Là où chaque outil lit tes propres agents&#xa0;: ~/.claude/agents, ~/.config/opencode/agent, …</translation>
    </message>
    <message>
        <source>New files: %1</source>
        <translation>Nouveaux fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>overwriting a different file: %1</source>
        <translation>écrasant un fichier différent&#xa0;: %1</translation>
    </message>
    <message>
        <source>different on disk, skipped: %1</source>
        <translation>différents sur le disque, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>not written (two agents, one file name): %1</source>
        <translation>non écrits (deux agents, un seul nom de fichier)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files written to %1: %2</source>
        <translation>Fichiers écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Planning the export</source>
        <translation>Préparation de l’export</translation>
    </message>
    <message>
        <source>Reading the library: %1 of %2 agent files…</source>
        <translation>Lecture de la bibliothèque&#xa0;: %1 sur %2 fichiers d’agent…</translation>
    </message>
    <message>
        <source>Whole library (reading %1 files…)</source>
        <translation>Toute la bibliothèque (lecture de %1 fichiers…)</translation>
    </message>
    <message>
        <source>Reading the library: %1 agent files…</source>
        <translation>Lecture de la bibliothèque&#xa0;: %1 fichiers d’agent…</translation>
    </message>
    <message>
        <source>Planning the files…</source>
        <translation>Préparation des fichiers…</translation>
    </message>
    <message>
        <source>No agents to export.</source>
        <translation>Aucun agent à exporter.</translation>
    </message>
</context>
<context>
    <name>awb::ExportPreview</name>
    <message>
        <source>%1 carried, %2 mapped, %3 dropped</source>
        <translation>%1 repris, %2 convertis, %3 abandonnés</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Changes against the file on disk</source>
        <translation>Modifications par rapport au fichier sur le disque</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>differs on disk: skipped</source>
        <translation>diffère sur le disque&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>differs on disk: overwritten</source>
        <translation>diffère sur le disque&#xa0;: écrasé</translation>
    </message>
    <message>
        <source>same as another file</source>
        <translation>identique à un autre fichier</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file on disk is the same.</source>
        <translation>Le fichier sur le disque est identique.</translation>
    </message>
    <message>
        <source>on disk: %1</source>
        <translation>sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export&#xa0;: %1</translation>
    </message>
    <message>
        <source>new file: %1</source>
        <translation>nouveau fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>awb::FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>Rem&amp;placer...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation>&amp;Aller à la ligne...</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Find next (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>In the replacement, \1 inserts group 1</source>
        <translation>Dans le remplacement, \1 insère le groupe 1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>Rem&amp;placer&#xa0;:</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>wrapped</source>
        <translation>reprise au début</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 remplacé(s)</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Motif non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>awb::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1), optionally followed by :column</source>
        <translation>&amp;Ligne (1 à %1), éventuellement suivie de&#xa0;:colonne</translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation>Ligne et colonne</translation>
    </message>
</context>
<context>
    <name>awb::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Agents</source>
        <translation>Importer des agents</translation>
    </message>
    <message>
        <source>A file, a folder or a .zip archive</source>
        <translation>Un fichier, un dossier ou une archive .zip</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>&amp;Zip…</translation>
    </message>
    <message>
        <source>Detect from each file&apos;s path</source>
        <translation>Détecter d’après le chemin de chaque fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Agents folder</source>
        <translation>Dossier des agents</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Skip it (keep the file on disk)</source>
        <translation>L’ignorer (garder le fichier sur le disque)</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>L’écraser</translation>
    </message>
    <message>
        <source>When a file exists and differs</source>
        <translation>Quand un fichier existe et diffère</translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation>Importer depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Into agents folder:</source>
        <translation>Dans le dossier des agents&#xa0;:</translation>
    </message>
    <message>
        <source>When a file exists and differs:</source>
        <translation>Quand un fichier existe et diffère&#xa0;:</translation>
    </message>
    <message>
        <source>Import Agent File</source>
        <translation>Importer un fichier d’agent</translation>
    </message>
    <message>
        <source>Agent files (*.md *.toml *.json);;All files (*)</source>
        <translation>Fichiers d’agent (*.md *.toml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Agents Folder</source>
        <translation>Importer un dossier d’agents</translation>
    </message>
    <message>
        <source>Import Zip Archive</source>
        <translation>Importer une archive zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Import into Folder</source>
        <translation>Importer dans un dossier</translation>
    </message>
    <message>
        <source>Choose a file, a folder or a zip archive to import.</source>
        <translation>Choisis un fichier, un dossier ou une archive zip à importer.</translation>
    </message>
    <message>
        <source>No agent files found there.</source>
        <translation>Aucun fichier d’agent trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>Cannot write: %1. Nothing will be written.</source>
        <translation>Écriture impossible&#xa0;: %1. Rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Not importable: %1</source>
        <translation>Non importable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Agents to import: %1</source>
        <translation>Agents à importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>overwriting a different file: %1</source>
        <translation>écrasant un fichier différent&#xa0;: %1</translation>
    </message>
    <message>
        <source>different on disk, skipped: %1</source>
        <translation>différents sur le disque, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agents imported into %1: %2</source>
        <translation>Agents importés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>awb::LibraryModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>scope and number of agents</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Skipped by Claude Code: %1</source>
        <translation>Ignoré par Claude Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation>Remplacé par %1</translation>
    </message>
    <message>
        <source>Another file in this scope declares the name &apos;%1&apos;; Claude Code keeps one of them, which one is not defined</source>
        <translation>Un autre fichier de cette portée déclare le nom « %1 »&#xa0;; Claude Code garde l’un des deux, sans que l’on sache lequel</translation>
    </message>
    <message>
        <source>Wins over %1</source>
        <translation>L’emporte sur %1</translation>
    </message>
</context>
<context>
    <name>awb::LibraryPanel</name>
    <message>
        <source>Filter agents</source>
        <translation>Filtrer les agents</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Export This Agent…</source>
        <translation>Exporter cet agent…</translation>
    </message>
    <message>
        <source>Export Library…</source>
        <translation>Exporter la bibliothèque…</translation>
    </message>
</context>
<context>
    <name>awb::LineNumberArea</name>
    <message>
        <source>Line numbers</source>
        <translation>Numéros de ligne</translation>
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
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Blank Agent</source>
        <translation>Agent &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Relecteur</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>&amp;Planificateur</translation>
    </message>
    <message>
        <source>Classic &lt;&amp;example&gt; Style</source>
        <translation>Style classique &lt;&amp;example&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Agent</source>
        <translation>Ouvrir un agent</translation>
    </message>
    <message>
        <source>Agent files (*.md);;All files (*)</source>
        <translation>Fichiers d’agent (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open Agent Folder</source>
        <translation>Ouvrir un dossier d’agents</translation>
    </message>
    <message>
        <source>Add &amp;Plugin Agents Folder…</source>
        <translation>Ajouter le dossier d’agents d’un &amp;plugin…</translation>
    </message>
    <message>
        <source>Add a Plugin&apos;s agents Folder</source>
        <translation>Ajouter le dossier agents d’un plugin</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>Enregistrer &amp;tout</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Aller à la ligne…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Agent Workbench</source>
        <translation>À &amp;propos d’Agent Workbench</translation>
    </message>
    <message>
        <source>About Agent Workbench</source>
        <translation>À propos d’Agent Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agent Workbench %1&lt;/h3&gt;&lt;p&gt;Author, test, route and export subagents for coding agents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Agent Workbench %1&lt;/h3&gt;&lt;p&gt;Écrire, tester, aiguiller et exporter des sous-agents pour les agents de programmation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Reading agents in %1…</source>
        <translation>Lecture des agents dans %1…</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; is missing from this build.</source>
        <translation>Le modèle « %1 » manque dans cette version.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>Save Agent As</source>
        <translation>Enregistrer l’agent sous</translation>
    </message>
    <message>
        <source>Agent files (*.md)</source>
        <translation>Fichiers d’agent (*.md)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Abandonner tes modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before quitting?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Agent Workbench did not close properly last time. Restore the unsaved changes to:

%1</source>
        <translation>Agent Workbench ne s’est pas fermé correctement la dernière fois. Restaurer les modifications non enregistrées de&#xa0;:

%1</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read; your text is kept.</source>
        <translation>%1 a été supprimé ou ne peut pas être lu&#xa0;; ton texte est conservé.</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 rechargé&#xa0;: il a changé sur le disque.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes here.

Reload it and lose your changes, or keep your version?</source>
        <translation>%1 a été modifié par un autre programme, et tu as ici des modifications non enregistrées.

Le recharger et perdre tes modifications, ou garder ta version&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — Agent Workbench</source>
        <translation>%1 — Agent Workbench</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>✓ Loads in Claude Code</source>
        <translation>✓ Se charge dans Claude Code</translation>
    </message>
    <message>
        <source>✗ Skipped by Claude Code: %1</source>
        <translation>✗ Ignoré par Claude Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
    </message>
    <message>
        <source>Loads in Claude Code</source>
        <translation>Se charge dans Claude Code</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Triggers</source>
        <translation>Dé&amp;clencheurs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Fournisseurs…</translation>
    </message>
    <message>
        <source>Add and edit model providers and their keys</source>
        <translation>Ajouter et modifier les fournisseurs de modèles et leurs clés</translation>
    </message>
</context>
<context>
    <name>awb::ModelSelector</name>
    <message>
        <source>Provider and model</source>
        <translation>Fournisseur et modèle</translation>
    </message>
    <message>
        <source>The provider and model the chat talks to</source>
        <translation>Le fournisseur et le modèle avec lesquels le chat dialogue</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>(no models listed)</source>
        <translation>(aucun modèle listé)</translation>
    </message>
    <message>
        <source>(models are listed once a key is set: Providers…)</source>
        <translation>(les modèles s’affichent une fois une clé définie&#xa0;: Fournisseurs…)</translation>
    </message>
</context>
<context>
    <name>awb::PreviewBuilder</name>
    <message>
        <source>inherit (default) → %1</source>
        <translation>inherit (par défaut) → %1</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Tous les outils</translation>
    </message>
    <message>
        <source>except</source>
        <comment>all tools except these</comment>
        <translation>sauf</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <source>Loads in Claude Code</source>
        <translation>Se charge dans Claude Code</translation>
    </message>
    <message>
        <source>Claude Code skips this file</source>
        <translation>Claude Code ignore ce fichier</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the main model sees</source>
        <translation>Ce que voit le modèle principal</translation>
    </message>
    <message>
        <source>Nothing: the file is not listed.</source>
        <translation>Rien&#xa0;: le fichier n’est pas listé.</translation>
    </message>
    <message>
        <source>Description: about %1 tokens (%2 characters), sent with every turn of every conversation.</source>
        <translation>Description&#xa0;: environ %1 jetons (%2 caractères), envoyés à chaque tour de chaque conversation.</translation>
    </message>
    <message>
        <source>Examples (%1)</source>
        <translation>Exemples (%1)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>The body is empty: the agent runs without a system prompt of its own.</source>
        <translation>Le corps est vide&#xa0;: l’agent tourne sans prompt système propre.</translation>
    </message>
</context>
<context>
    <name>awb::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>How Claude Code sees the agent</source>
        <translation>Comment Claude Code voit l’agent</translation>
    </message>
</context>
<context>
    <name>awb::ProblemsPane</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems list</source>
        <translation>Liste des problèmes</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Nombre de problèmes</translation>
    </message>
    <message>
        <source>&amp;Go to Line %1</source>
        <translation>&amp;Aller à la ligne %1</translation>
    </message>
    <message>
        <source>Apply &amp;Fix: %1</source>
        <translation>Appliquer la &amp;correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Fix Available</source>
        <translation>Aucune correction disponible</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Apply the suggested fix of the selected problem (Ctrl+.)</source>
        <translation>Appliquer la correction proposée pour le problème sélectionné (Ctrl+.)</translation>
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
        <translation>Enregistrer la &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Use for this run only (not saved anywhere)</source>
        <translation>Utiliser pour cette session seulement (enregistrée nulle part)</translation>
    </message>
    <message>
        <source>&amp;Detect Local Servers</source>
        <translation>&amp;Détecter les serveurs locaux</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>Un par ligne&#xa0;: Nom: valeur</translation>
    </message>
    <message>
        <source>Hosts allowed over plain http</source>
        <translation>Hôtes autorisés en http non chiffré</translation>
    </message>
    <message>
        <source>host names, comma separated (loopback is always allowed)</source>
        <translation>noms d’hôtes séparés par des virgules (la boucle locale est toujours autorisée)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Paste a key to store it in the system keychain</source>
        <translation>Colle une clé pour la ranger dans le trousseau du système</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>&amp;En-têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Insecure hosts:</source>
        <translation>Hôtes non &amp;sécurisés&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp on this machine…</source>
        <translation>Recherche d’Ollama, LM Studio et llama.cpp sur cette machine…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this machine.</source>
        <translation>
            <numerusform>%n serveur trouvé sur cette machine.</numerusform>
            <numerusform>%n serveurs trouvés sur cette machine.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local model server answered.</source>
        <translation>Aucun serveur de modèles local n’a répondu.</translation>
    </message>
    <message>
        <source>The providers were not saved: %1</source>
        <translation>Les fournisseurs n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source> (found on this machine)</source>
        <translation> (trouvé sur cette machine)</translation>
    </message>
    <message>
        <source>Enter an address such as %1.</source>
        <translation>Saisis une adresse comme %1.</translation>
    </message>
    <message>
        <source>This kind of server takes no key.</source>
        <translation>Ce type de serveur ne prend pas de clé.</translation>
    </message>
    <message>
        <source>A key is set for this run only.</source>
        <translation>Une clé est définie pour cette session seulement.</translation>
    </message>
    <message>
        <source>A key is set (from the keychain or the environment).</source>
        <translation>Une clé est définie (depuis le trousseau ou l’environnement).</translation>
    </message>
    <message>
        <source>No key known yet. Keys are kept in the system keychain, never in a file.</source>
        <translation>Aucune clé connue pour l’instant. Les clés sont gardées dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The key is used for this run only and is not stored.</source>
        <translation>La clé sert pour cette session seulement et n’est pas stockée.</translation>
    </message>
    <message>
        <source>The key is saved in the system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the key was not saved. Tick &quot;Use for this run only&quot; and save it again to use it until the program ends.</source>
        <translation>Aucun service de trousseau ne tourne, la clé n’a donc pas été enregistrée. Coche « Utiliser pour cette session seulement » et enregistre de nouveau pour l’utiliser jusqu’à la fin du programme.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key (is it locked?): %1</source>
        <translation>Le trousseau a refusé de stocker la clé (est-il verrouillé&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>La clé n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key is removed.</source>
        <translation>La clé est supprimée.</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>La clé n’a pas été supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>awb::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The new language is used the next time Agent Workbench starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage d’Agent Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>awb::ToolPicker</name>
    <message>
        <source>Claude Code tools</source>
        <translation>Outils de Claude Code</translation>
    </message>
    <message>
        <source>More: mcp__server__*, Bash(git *), Agent(worker)…</source>
        <translation>Autres&#xa0;: mcp__server__*, Bash(git *), Agent(worker)…</translation>
    </message>
    <message>
        <source>Other tool entries</source>
        <translation>Autres entrées d’outils</translation>
    </message>
</context>
<context>
    <name>awb::TriggersAgentBars</name>
    <message>
        <source>Precision, recall and F1 per agent</source>
        <translation>Précision, rappel et F1 par agent</translation>
    </message>
    <message>
        <source>%1: F1 %2</source>
        <translation>%1&#xa0;: F1 %2</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Agent (prompts)</source>
        <translation>Agent (prompts)</translation>
    </message>
    <message>
        <source>No agents to measure yet.</source>
        <translation>Pas encore d’agents à mesurer.</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation>
            <numerusform>%n attendu</numerusform>
            <numerusform>%n attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won</source>
        <translation>
            <numerusform>%n gagné</numerusform>
            <numerusform>%n gagnés</numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts</source>
        <translation>aucun prompt</translation>
    </message>
    <message numerus="yes">
        <source>Precision %1: of the %n prompts it wins, %2 expect it.</source>
        <translation>
            <numerusform>Précision %1&#xa0;: du %n prompt qu’il gagne, %2 l’attendent.</numerusform>
            <numerusform>Précision %1&#xa0;: des %n prompts qu’il gagne, %2 l’attendent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recall %1: of the %n prompts that expect it, it wins %2.</source>
        <translation>
            <numerusform>Rappel %1&#xa0;: du %n prompt qui l’attend, il en gagne %2.</numerusform>
            <numerusform>Rappel %1&#xa0;: des %n prompts qui l’attendent, il en gagne %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steals %1, loses %2.</source>
        <translation>En prend %1, en perd %2.</translation>
    </message>
    <message>
        <source>Click to see its mistakes in the heatmap.</source>
        <translation>Clique pour voir ses erreurs dans la carte de chaleur.</translation>
    </message>
</context>
<context>
    <name>awb::TriggersExplanation</name>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>Explication de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to see why that agent scored what it did for that prompt.</source>
        <translation>Clique sur une cellule de la carte de chaleur pour voir pourquoi cet agent a obtenu ce score pour ce prompt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(BM25 %1)</source>
        <translation>(BM25 %1)</translation>
    </message>
    <message>
        <source>winner: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>gagnant&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>attendu&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>marge %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>From an &lt;example&gt; of %1.</source>
        <translation>Tiré d’un &lt;example&gt; de %1.</translation>
    </message>
    <message>
        <source>This prompt is one of this agent&apos;s own examples, so that example was left out of the agent&apos;s text when scoring; otherwise it would only find itself.</source>
        <translation>Ce prompt est l’un des exemples de cet agent&#xa0;; cet exemple a donc été retiré du texte de l’agent pour le calcul du score, sinon il ne trouverait que lui-même.</translation>
    </message>
    <message>
        <source>Matched terms</source>
        <translation>Termes trouvés</translation>
    </message>
    <message>
        <source>%1% of the score</source>
        <translation>%1 % du score</translation>
    </message>
    <message>
        <source>No word of this prompt appears in this agent&apos;s name, description or examples.</source>
        <translation>Aucun mot de ce prompt n’apparaît dans le nom, la description ou les exemples de cet agent.</translation>
    </message>
    <message>
        <source>The model&apos;s answers</source>
        <translation>Les réponses du modèle</translation>
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
        <translation>Carte des agents et des prompts</translation>
    </message>
    <message>
        <source>Agents are labeled anchors; prompts are points in the color of the agent that wins them. Near means similar.</source>
        <translation>Les agents sont des ancres nommées&#xa0;; les prompts sont des points de la couleur de l’agent qui les gagne. Proche veut dire semblable.</translation>
    </message>
    <message>
        <source>The map appears after a run.</source>
        <translation>La carte apparaît après une analyse.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>prompt, in its winner&apos;s color</source>
        <translation>prompt, de la couleur de son gagnant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>expected: %1 · winner: %2</source>
        <translation>attendu&#xa0;: %1 · gagnant&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>awb::TriggersPane</name>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>&amp;Run Triggers</source>
        <translation>&amp;Lancer l’analyse des déclencheurs</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Score every prompt of the suite against every agent (F5)</source>
        <translation>Évaluer chaque prompt de la suite face à chaque agent (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’analyse</translation>
    </message>
    <message>
        <source>&amp;Export Trigger Report…</source>
        <translation>&amp;Exporter le rapport des déclencheurs…</translation>
    </message>
    <message>
        <source>R&amp;outer:</source>
        <translation>R&amp;outeur&#xa0;:</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Router settings</source>
        <translation>Réglages du routeur</translation>
    </message>
    <message>
        <source>Configure &amp;Embeddings…</source>
        <translation>Configurer les &amp;embeddings…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>&amp;Show Only These</source>
        <translation>Ne montrer &amp;que ceux-ci</translation>
    </message>
    <message>
        <source>Show only the flipped prompts</source>
        <translation>Ne montrer que les prompts basculés</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Carte de chaleur</translation>
    </message>
    <message>
        <source>Confusion matrix: rows are the expected agent, columns the winner</source>
        <translation>Matrice de confusion&#xa0;: les lignes sont l’agent attendu, les colonnes le gagnant</translation>
    </message>
    <message>
        <source>Rows: the agent a prompt should reach. Columns: the agent that took it. The diagonal is what went right; everything else is a mistake. &quot;(none)&quot;: no custom agent.</source>
        <translation>Lignes&#xa0;: l’agent qu’un prompt doit atteindre. Colonnes&#xa0;: l’agent qui l’a pris. La diagonale est ce qui a marché&#xa0;; tout le reste est une erreur. « (aucun) »&#xa0;: aucun agent personnalisé.</translation>
    </message>
    <message>
        <source>&amp;Confusion</source>
        <translation>C&amp;onfusion</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Car&amp;te</translation>
    </message>
    <message>
        <source>&amp;Suite</source>
        <translation>&amp;Suite</translation>
    </message>
    <message>
        <source>Filter prompts, expected or winning agent…</source>
        <translation>Filtrer les prompts, l’agent attendu ou gagnant…</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>Filtrer les prompts</translation>
    </message>
    <message>
        <source>Only &amp;wrong</source>
        <translation>Seulement les &amp;faux</translation>
    </message>
    <message>
        <source>Order of the prompts</source>
        <translation>Ordre des prompts</translation>
    </message>
    <message>
        <source>Suite order</source>
        <translation>Ordre de la suite</translation>
    </message>
    <message>
        <source>Mistakes first</source>
        <translation>Erreurs d’abord</translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation>Plus petite marge d’abord</translation>
    </message>
    <message>
        <source>Click an agent&apos;s column header to order by its scores</source>
        <translation>Clique sur l’en-tête de colonne d’un agent pour trier selon ses scores</translation>
    </message>
    <message>
        <source>Heatmap: prompts down, agents across</source>
        <translation>Carte de chaleur&#xa0;: prompts en lignes, agents en colonnes</translation>
    </message>
    <message>
        <source>Cell color is the score. A corner mark is the expected agent; the winner is outlined, green when right and red when wrong.</source>
        <translation>La couleur de la cellule est le score. Une marque dans le coin indique l’agent attendu&#xa0;; le gagnant est encadré, en vert s’il est juste et en rouge s’il est faux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competing pairs&lt;/b&gt;: agents whose texts share the most weighty words, so prompts may go to either.</source>
        <translation>&lt;b&gt;Paires en concurrence&lt;/b&gt;&#xa0;: agents dont les textes partagent les mots les plus lourds, si bien que les prompts peuvent aller à l’un ou à l’autre.</translation>
    </message>
    <message>
        <source>Competing pairs of agents</source>
        <translation>Paires d’agents en concurrence</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Shared terms</source>
        <translation>Termes partagés</translation>
    </message>
    <message>
        <source>The suite in %1 could not be read: %2. Prompts you add are kept in a new suite; the file is not overwritten until you change the suite.</source>
        <translation>La suite dans %1 n’a pas pu être lue&#xa0;: %2. Les prompts ajoutés sont gardés dans une nouvelle suite&#xa0;; le fichier n’est pas écrasé tant que tu ne modifies pas la suite.</translation>
    </message>
    <message>
        <source>Open a folder of agents to keep this suite in a file; until then it lives only in this window.</source>
        <translation>Ouvre un dossier d’agents pour garder cette suite dans un fichier&#xa0;; d’ici là, elle n’existe que dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Could not save the suite to %1: %2. Your prompts are kept while this window is open.</source>
        <translation>Impossible d’enregistrer la suite dans %1&#xa0;: %2. Tes prompts sont gardés tant que cette fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Open a folder of agents to see which prompts reach which agent.</source>
        <translation>Ouvre un dossier d’agents pour voir quels prompts atteignent quel agent.</translation>
    </message>
    <message>
        <source>No prompts yet: add some on the Suite tab, or give your agents &lt;example&gt; blocks.</source>
        <translation>Pas encore de prompts&#xa0;: ajoute-en dans l’onglet Suite, ou donne des blocs &lt;example&gt; à tes agents.</translation>
    </message>
    <message>
        <source>%1% right</source>
        <translation>%1 % justes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 prompts · %n agents</source>
        <translation>
            <numerusform>%1 prompts sur %2 · %n agent</numerusform>
            <numerusform>%1 prompts sur %2 · %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>macro F1 %1</source>
        <translation>F1 macro %1</translation>
    </message>
    <message numerus="yes">
        <source>the listing adds ~%n tokens to every turn</source>
        <translation>
            <numerusform>la liste ajoute ~%n jeton à chaque tour</numerusform>
            <numerusform>la liste ajoute ~%n jetons à chaque tour</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;none&quot; below a score of %1</source>
        <translation>« aucun » sous un score de %1</translation>
    </message>
    <message>
        <source>Accuracy %1%</source>
        <translation>Exactitude %1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>“%1”: %2 → %3</source>
        <translation>« %1 »&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>No two agents share much: good.</source>
        <translation>Aucune paire d’agents n’a grand-chose en commun&#xa0;: bien.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Listing weight&lt;/b&gt;: the %n agents&apos; listing lines add about %1 tokens to every turn of every conversation.</source>
        <translation>
            <numerusform>&lt;b&gt;Poids de la liste&lt;/b&gt;&#xa0;: la ligne de liste de %n agent ajoute environ %1 jetons à chaque tour de chaque conversation.</numerusform>
            <numerusform>&lt;b&gt;Poids de la liste&lt;/b&gt;&#xa0;: les lignes de liste des %n agents ajoutent environ %1 jetons à chaque tour de chaque conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no result to export yet: run the triggers first.</source>
        <translation>Il n’y a pas encore de résultat à exporter&#xa0;: lance d’abord l’analyse des déclencheurs.</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>Export Trigger Report</source>
        <translation>Exporter le rapport des déclencheurs</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV table (*.csv);;JSON (*.json)</source>
        <translation>Page HTML (*.html);;Tableau CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lexical (BM25, offline, live)</source>
        <translation>Lexical (BM25, hors ligne, en direct)</translation>
    </message>
    <message>
        <source>Embeddings (cosine similarity)</source>
        <translation>Embeddings (similarité cosinus)</translation>
    </message>
    <message>
        <source>Model simulation</source>
        <translation>Simulation par le modèle</translation>
    </message>
    <message>
        <source>Claude Code (the real thing)</source>
        <translation>Claude Code (le vrai)</translation>
    </message>
    <message>
        <source>Scores the words each prompt shares with each agent&apos;s name, description and examples. Instant, needs nothing, and follows your edits as you type.</source>
        <translation>Évalue les mots que chaque prompt partage avec le nom, la description et les exemples de chaque agent. Instantané, sans prérequis, et suit tes modifications pendant la frappe.</translation>
    </message>
    <message>
        <source>Cosine similarity of embeddings from %1 (model %2); vectors are cached on disk.</source>
        <translation>Similarité cosinus des embeddings de %1 (modèle %2)&#xa0;; les vecteurs sont mis en cache sur le disque.</translation>
    </message>
    <message>
        <source>Needs an OpenAI-compatible embeddings endpoint (Ollama, LM Studio, OpenAI): choose one with Router settings ▸ Configure Embeddings.</source>
        <translation>Nécessite un point d’accès d’embeddings compatible OpenAI (Ollama, LM Studio, OpenAI)&#xa0;: choisis-en un via Réglages du routeur ▸ Configurer les embeddings.</translation>
    </message>
    <message>
        <source>Configure Embeddings</source>
        <translation>Configurer les embeddings</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible /v1/embeddings endpoint without a key, such as a local Ollama or LM Studio server.</source>
        <translation>Tout point d’accès /v1/embeddings compatible OpenAI sans clé, comme un serveur Ollama ou LM Studio local.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Give a URL such as http://localhost:11434/v1 and a model name.</source>
        <translation>Indique une URL comme http://localhost:11434/v1 et un nom de modèle.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 en cours…</translation>
    </message>
    <message>
        <source>Run cancelled; the results so far are shown.</source>
        <translation>Analyse annulée&#xa0;; les résultats obtenus jusqu’ici sont affichés.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L’analyse s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done, but the cache could not be written: %1</source>
        <translation>Terminé, mais le cache n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map of agents and prompts</source>
        <translation>Carte des agents et des prompts</translation>
    </message>
    <message>
        <source>Precision, recall and F1 per agent</source>
        <translation>Précision, rappel et F1 par agent</translation>
    </message>
    <message>
        <source>Start &amp;Run</source>
        <translation>&amp;Lancer l’analyse</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>A local server: no charge.</source>
        <translation>Un serveur local&#xa0;: gratuit.</translation>
    </message>
    <message>
        <source>A remote endpoint may charge for these tokens (embeddings typically cost cents per million).</source>
        <translation>Un point d’accès distant peut facturer ces jetons (les embeddings coûtent en général quelques centimes par million).</translation>
    </message>
    <message>
        <source>This run embeds up to %1 texts (about %2 tokens) with %3 at %4; vectors already cached are not asked for again. %5</source>
        <translation>Cette analyse calcule les embeddings de %1 textes au plus (environ %2 jetons) avec %3 sur %4&#xa0;; les vecteurs déjà en cache ne sont pas redemandés. %5</translation>
    </message>
    <message>
        <source>kept from the saved agents, %1</source>
        <translation>repris des agents enregistrés, %1</translation>
    </message>
    <message>
        <source>Prompts flipped by your unsaved edits: %1</source>
        <translation>Prompts basculés par tes modifications non enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prompts that go elsewhere than with the lexical router: %1</source>
        <translation>Prompts qui vont ailleurs qu’avec le routeur lexical&#xa0;: %1</translation>
    </message>
    <message>
        <source>now right: %1</source>
        <translation>désormais justes&#xa0;: %1</translation>
    </message>
    <message>
        <source>right only here: %1</source>
        <translation>justes seulement ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>now wrong: %1</source>
        <translation>désormais faux&#xa0;: %1</translation>
    </message>
    <message>
        <source>wrong only here: %1</source>
        <translation>faux seulement ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Highest score of %1</source>
        <translation>Score le plus élevé de %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to see its prompts in the heatmap</source>
        <translation>Double-clique sur une cellule ou appuie sur Entrée pour voir ses prompts dans la carte de chaleur</translation>
    </message>
    <message>
        <source>Showing one cell of the confusion matrix; click to show all prompts again</source>
        <translation>Une seule cellule de la matrice de confusion est affichée&#xa0;; clique pour revoir tous les prompts</translation>
    </message>
    <message>
        <source>%1 → %2 ✕</source>
        <translation>%1 → %2 ✕</translation>
    </message>
    <message>
        <source>Showing prompts that expect %1 and go to %2; press to show all</source>
        <translation>Prompts qui attendent %1 et vont à %2&#xa0;; appuie pour tout afficher</translation>
    </message>
    <message>
        <source>Asks %1 to delegate each prompt, 3 samples per prompt, presenting the agents as Claude Code does. It measures how distinguishable the descriptions are to that model, not Claude Code&apos;s full system prompt.</source>
        <translation>Demande à %1 de déléguer chaque prompt, 3 échantillons par prompt, en présentant les agents comme le fait Claude Code. Cela mesure à quel point ce modèle distingue les descriptions, pas le prompt système complet de Claude Code.</translation>
    </message>
    <message>
        <source>Needs an API key for the provider chosen in the toolbar (Providers…).</source>
        <translation>Nécessite une clé d’API pour le fournisseur choisi dans la barre d’outils (Fournisseurs…).</translation>
    </message>
    <message>
        <source>Needs a provider and a model chosen in the toolbar&apos;s model selector.</source>
        <translation>Nécessite un fournisseur et un modèle choisis dans le sélecteur de modèle de la barre d’outils.</translation>
    </message>
    <message>
        <source>Runs each prompt through the claude CLI in a scratch project holding the library and reads which agent it delegates to. The closest thing to the truth; slow, and billed like any Claude Code session.</source>
        <translation>Fait passer chaque prompt par la CLI claude dans un projet jetable contenant la bibliothèque et lit à quel agent elle délègue. Au plus près de la réalité&#xa0;; lent, et facturé comme toute session Claude Code.</translation>
    </message>
    <message>
        <source>Needs the claude CLI (Claude Code) on the PATH.</source>
        <translation>Nécessite la CLI claude (Claude Code) dans le PATH.</translation>
    </message>
    <message>
        <source>Model simulation with %1: %2</source>
        <translation>Simulation par le modèle avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Runs claude -p once per prompt (%1 prompts) in a scratch project holding the library. Each run is a full Claude Code session, billed to your Claude account or key, and takes seconds to minutes.</source>
        <translation>Lance claude -p une fois par prompt (%1 prompts) dans un projet jetable contenant la bibliothèque. Chaque exécution est une session Claude Code complète, facturée à ton compte Claude ou à ta clé, et prend de quelques secondes à quelques minutes.</translation>
    </message>
    <message>
        <source>Run triggers</source>
        <translation>Lancer l’analyse des déclencheurs</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’analyse</translation>
    </message>
</context>
<context>
    <name>awb::TriggersSuiteEditor</name>
    <message>
        <source>Expected agent</source>
        <translation>Agent attendu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Include the agents&apos; &amp;example prompts</source>
        <translation>Inclure les prompts d’&amp;exemple des agents</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add Prompt</source>
        <translation>&amp;Ajouter un prompt</translation>
    </message>
    <message>
        <source>Add a prompt and the agent that should take it</source>
        <translation>Ajouter un prompt et l’agent qui doit le prendre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add prompts from a text file (one per line), a CSV file (prompt,expected) or JSON</source>
        <translation>Ajouter des prompts depuis un fichier texte (un par ligne), un fichier CSV (prompt,expected) ou du JSON</translation>
    </message>
    <message>
        <source>Remove the selected prompts (example prompts live in the agents&apos; descriptions)</source>
        <translation>Supprimer les prompts sélectionnés (les prompts d’exemple vivent dans les descriptions des agents)</translation>
    </message>
    <message>
        <source>The user line of every &lt;example&gt; in the descriptions joins the suite, expected for its agent</source>
        <translation>La ligne utilisateur de chaque &lt;example&gt; des descriptions rejoint la suite, attendue pour son agent</translation>
    </message>
    <message>
        <source>Prompts of the trigger suite</source>
        <translation>Prompts de la suite de déclencheurs</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Expected Agent</source>
        <translation>Agent attendu</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>A new prompt</source>
        <translation>Un nouveau prompt</translation>
    </message>
    <message>
        <source>example of %1</source>
        <translation>exemple de %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le tien</translation>
    </message>
    <message>
        <source>Taken from the agent&apos;s description; edit the agent to change it</source>
        <translation>Tiré de la description de l’agent&#xa0;; modifie l’agent pour le changer</translation>
    </message>
    <message>
        <source>No agent of this library is called %1; this prompt always counts as wrong</source>
        <translation>Aucun agent de cette bibliothèque ne s’appelle %1&#xa0;; ce prompt compte toujours comme faux</translation>
    </message>
    <message>
        <source>%1 prompts: %2 from examples, %3 yours (%4 expect none)</source>
        <translation>%1 prompts&#xa0;: %2 tirés d’exemples, %3 à toi (%4 n’attendent aucun agent)</translation>
    </message>
    <message>
        <source>Import Prompts</source>
        <translation>Importer des prompts</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.csv *.json);;Text, one prompt per line (*.txt);;CSV: prompt,expected (*.csv);;JSON (*.json);;All files (*)</source>
        <translation>Fichiers de prompts (*.txt *.csv *.json);;Texte, un prompt par ligne (*.txt);;CSV&#xa0;: prompt,expected (*.csv);;JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
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
        <translation>Écris des sous-agents pour Claude Code, vois exactement ce que Claude Code en lit, et apprends à temps qu’un fichier ne se chargerait pas. Modifier, vérifier et exporter ne demandent aucun compte.</translation>
    </message>
    <message>
        <source>Open a &amp;Project Folder…</source>
        <translation>Ouvrir un dossier de &amp;projet…</translation>
    </message>
    <message>
        <source>Its .claude/agents/ folder, with every subfolder.</source>
        <translation>Son dossier .claude/agents/, avec tous ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Open &amp;Your Agents (~/.claude/agents)</source>
        <translation>Ouvrir &amp;tes agents (~/.claude/agents)</translation>
    </message>
    <message>
        <source>The agents Claude Code loads in every project.</source>
        <translation>Les agents que Claude Code charge dans chaque projet.</translation>
    </message>
    <message>
        <source>Explore the &amp;Sample Library</source>
        <translation>Explorer la bibliothèque d’e&amp;xemples</translation>
    </message>
    <message>
        <source>A handful of well-written agents, one in the classic &lt;example&gt; style.</source>
        <translation>Quelques agents bien écrits, dont un dans le style classique &lt;example&gt;.</translation>
    </message>
    <message>
        <source>&amp;New Agent</source>
        <translation>&amp;Nouvel agent</translation>
    </message>
    <message>
        <source>Start from a blank agent or a template (File ▸ New).</source>
        <translation>Partir d’un agent vide ou d’un modèle (Fichier ▸ Nouveau).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Models (optional)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Modèles (facultatif)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Set Up a P&amp;rovider…</source>
        <translation>Configurer un &amp;fournisseur…</translation>
    </message>
    <message>
        <source>Finds model servers running on this computer (Ollama, LM Studio, llama.cpp), or takes an API key and keeps it in the system keychain. Needed only for test conversations and model routing.</source>
        <translation>Trouve les serveurs de modèles qui tournent sur cet ordinateur (Ollama, LM Studio, llama.cpp), ou prend une clé d’API et la garde dans le trousseau du système. Utile seulement pour les conversations de test et l’aiguillage par un modèle.</translation>
    </message>
    <message>
        <source>Or skip it: editing, linting, lexical triggers and export need no account.</source>
        <translation>Ou passe cette étape&#xa0;: modifier, vérifier, analyser les déclencheurs de façon lexicale et exporter ne demandent aucun compte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Author, test, route and export subagents.</source>
        <translation>Écrire, tester, aiguiller et exporter des sous-agents.</translation>
    </message>
    <message>
        <source>Open a folder of agents.</source>
        <translation>Ouvrir un dossier d’agents.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Enregistrer la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>Color theme: system, light or dark.</source>
        <translation>Thème de couleurs&#xa0;: system, light ou dark.</translation>
    </message>
    <message>
        <source>Start in the form or the source view.</source>
        <translation>Démarrer dans la vue formulaire ou la vue source.</translation>
    </message>
    <message>
        <source>Exit once the window has painted (for startup timing).</source>
        <translation>Quitter dès que la fenêtre est dessinée (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>Exit once the library has been read and shown (for startup timing).</source>
        <translation>Quitter dès que la bibliothèque est lue et affichée (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>Agent files to open.</source>
        <translation>Fichiers d’agent à ouvrir.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
</context>
</TS>
