<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AfterSessionDialog</name>
        <message>
            <source>After your session</source>
            <translation>Nach deinem Gespräch</translation>
        </message>
        <message>
            <source>A few words while the session is fresh. Write as much or as little as you like; nothing here is shared unless you choose to.</source>
            <translation>Ein paar Worte, solange das Gespräch noch frisch ist. Schreib so viel oder so wenig du magst; nichts hier wird geteilt, außer du entscheidest dich dafür.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>What I am taking away</source>
            <translation>Was ich mitnehme</translation>
        </message>
        <message>
            <source>Something that stuck with you, an insight, a sentence you want to keep…</source>
            <translation>Etwas, das dir geblieben ist, eine Einsicht, ein Satz, den du behalten möchtest…</translation>
        </message>
        <message>
            <source>What I want to try before next time</source>
            <translation>Was ich bis zum nächsten Mal ausprobieren möchte</translation>
        </message>
        <message>
            <source>Small steps count: something to notice, practise or write about…</source>
            <translation>Kleine Schritte zählen: etwas bemerken, üben oder darüber schreiben…</translation>
        </message>
        <message>
            <source>Anything that did not feel right</source>
            <translation>Was sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>It is okay to note this. You can bring it up next time, or turn it into feedback when you are ready.</source>
            <translation>Es ist in Ordnung, das festzuhalten. Du kannst es beim nächsten Mal ansprechen oder daraus Feedback machen, wenn du so weit bist.</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>Worüber ihr gesprochen habt</translation>
        </message>
        <message>
            <source>Tick each line you talked about; Space ticks the selected line.</source>
            <translation>Hake jede Zeile ab, über die ihr gesprochen habt; die Leertaste hakt die ausgewählte Zeile ab.</translation>
        </message>
        <message>
            <source>Lines you leave unticked stay on your agenda for next time.</source>
            <translation>Zeilen ohne Haken bleiben für das nächste Mal auf deiner Agenda.</translation>
        </message>
        <message>
            <source>Already noted as talked about</source>
            <translation>Schon als besprochen vermerkt</translation>
        </message>
        <message>
            <source>I went to this session (mark it as attended)</source>
            <translation>Ich war bei diesem Gespräch (als wahrgenommen markieren)</translation>
        </message>
        <message>
            <source>Mark the session as attended</source>
            <translation>Das Gespräch als wahrgenommen markieren</translation>
        </message>
        <message>
            <source>You brought feedback notes to this session: mark them as shared?</source>
            <translation>Du hast Feedback-Notizen zu diesem Gespräch mitgebracht: als geteilt markieren?</translation>
        </message>
        <message>
            <source>Feedback notes you brought</source>
            <translation>Mitgebrachte Feedback-Notizen</translation>
        </message>
        <message>
            <source>&amp;Mark as shared</source>
            <translation>Als geteilt &amp;markieren</translation>
        </message>
        <message>
            <source>Mark the feedback notes you brought as shared</source>
            <translation>Die mitgebrachten Feedback-Notizen als geteilt markieren</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save notes and what was talked about</source>
            <translation>Notizen und Besprochenes speichern</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>There is no session with %1 to write about yet.

Add or plan one in Sessions, then come back here for your notes.</source>
            <translation>Es gibt noch kein Gespräch mit %1, über das du schreiben kannst.

Trag unter Gespräche eines ein oder plane eines, und komm dann für deine Notizen hierher zurück.</translation>
        </message>
        <message>
            <source>this counselor</source>
            <translation>dieser Person</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Gespräch</translation>
        </message>
        <message>
            <source>What I am &amp;taking away</source>
            <translation>Was ich &amp;mitnehme</translation>
        </message>
        <message>
            <source>What I want to t&amp;ry before next time</source>
            <translation>Was ich bis zum nächsten Mal a&amp;usprobieren möchte</translation>
        </message>
        <message>
            <source>Anything that did &amp;not feel right</source>
            <translation>Was sich &amp;nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>What did you &amp;talk about?</source>
            <translation>Worüber habt ihr ges&amp;prochen?</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>wahrgenommen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>Already noted as talked about in this session: %1</source>
            <translation>In diesem Gespräch schon als besprochen vermerkt: %1</translation>
        </message>
        <message>
            <source>The agenda was empty; that is fine too.</source>
            <translation>Die Agenda war leer; auch das ist in Ordnung.</translation>
        </message>
        <message>
            <source>Feedback notes marked as shared</source>
            <translation>Feedback-Notizen als geteilt markiert</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>This session is no longer in Companion.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Notes saved</source>
            <translation>Notizen gespeichert</translation>
        </message>
        <message>
            <source>Save what you talked about?</source>
            <translation>Speichern, worüber ihr gesprochen habt?</translation>
        </message>
        <message>
            <source>You ticked what you talked about but have not saved it yet. Save it now?

Your notes are kept either way.</source>
            <translation>Du hast abgehakt, worüber ihr gesprochen habt, es aber noch nicht gespeichert. Jetzt speichern?

Deine Notizen bleiben so oder so erhalten.</translation>
        </message>
        <message>
            <source>something that helped</source>
            <extracomment>The AgendaLine of a list row.</extracomment>
            <translation>etwas, das geholfen hat</translation>
        </message>
        <message>
            <source>something that did not feel right</source>
            <translation>etwas, das sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>a request</source>
            <translation>eine Bitte</translation>
        </message>
        <message>
            <source>a question</source>
            <translation>eine Frage</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>★ Matters most</source>
            <translation>★ Am wichtigsten</translation>
        </message>
        <message>
            <source>From your journal</source>
            <translation>Aus deinem Tagebuch</translation>
        </message>
        <message>
            <source>Feedback: %1</source>
            <translation>Feedback: %1</translation>
        </message>
        <message>
            <source>(no text yet)</source>
            <translation>(noch kein Text)</translation>
        </message>
        <message>
            <source>(private: stays in Companion, never exported)</source>
            <translation>(privat: bleibt in Companion, wird nie exportiert)</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda for your next session</source>
            <translation>Agenda für dein nächstes Gespräch</translation>
        </message>
        <message>
            <source>Agenda for counselor</source>
            <translation>Agenda für Berater:in</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Nächstes Gespräch</translation>
        </message>
        <message>
            <source>After a session…</source>
            <translation>Nach einem Gespräch…</translation>
        </message>
        <message>
            <source>Write notes after a session</source>
            <translation>Notizen nach einem Gespräch schreiben</translation>
        </message>
        <message>
            <source>Write down what you took away and tick what you talked about (Ctrl+Shift+N)</source>
            <translation>Schreib auf, was du mitnimmst, und hake ab, worüber ihr gesprochen habt (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>Something you want to talk about… (press Enter to add)</source>
            <translation>Etwas, worüber du sprechen möchtest… (Eingabetaste fügt es hinzu)</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Neuer Punkt für die Agenda</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Need ideas?</source>
            <translation>Ideen gesucht?</translation>
        </message>
        <message>
            <source>Need ideas? Questions to add</source>
            <translation>Ideen gesucht? Fragen zum Hinzufügen</translation>
        </message>
        <message>
            <source>Questions you could bring to the session</source>
            <translation>Fragen, die du ins Gespräch mitbringen könntest</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move a line, Delete drops it, F2 edits an item.</source>
            <translation>Alt+Hoch und Alt+Runter verschieben eine Zeile, Entf nimmt sie heraus, F2 bearbeitet einen Punkt.</translation>
        </message>
        <message>
            <source>★ Matters most</source>
            <translation>★ Am wichtigsten</translation>
        </message>
        <message>
            <source>Mark as what matters most</source>
            <translation>Als das Wichtigste markieren</translation>
        </message>
        <message>
            <source>Mark or unmark what matters most (Ctrl+I)</source>
            <translation>Als das Wichtigste markieren oder die Markierung entfernen (Strg+I)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move the line up (Alt+Up)</source>
            <translation>Die Zeile nach oben schieben (Alt+Hoch)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move the line down (Alt+Down)</source>
            <translation>Die Zeile nach unten schieben (Alt+Runter)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Punkt bearbeiten</translation>
        </message>
        <message>
            <source>Change what the item says (F2)</source>
            <translation>Ändern, was in dem Punkt steht (F2)</translation>
        </message>
        <message>
            <source>Take off the agenda</source>
            <translation>Von der Agenda nehmen</translation>
        </message>
        <message>
            <source>Take this line off the agenda; you can undo (Delete)</source>
            <translation>Diese Zeile von der Agenda nehmen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Drag lines into the order you want to go through them, or use Alt+Up and Alt+Down. Journal entries marked “bring to my next session” and feedback you marked ready appear here by themselves.</source>
            <translation>Zieh die Zeilen in die Reihenfolge, in der du sie durchgehen möchtest, oder nutze Alt+Hoch und Alt+Runter. Tagebucheinträge mit „zum nächsten Gespräch mitnehmen“ und Feedback, das du als bereit markiert hast, erscheinen hier von selbst.</translation>
        </message>
        <message>
            <source>Your agenda belongs to a counselor.

Add the person you see in Sessions, and you can start collecting what you would like to talk about.</source>
            <translation>Deine Agenda gehört zu einer Berater:in.

Trag unter Gespräche die Person ein, zu der du gehst, dann kannst du sammeln, worüber du sprechen möchtest.</translation>
        </message>
        <message>
            <source>No session is planned yet. You can plan one in Sessions.</source>
            <translation>Es ist noch kein Gespräch geplant. Du kannst eines unter Gespräche planen.</translation>
        </message>
        <message>
            <source>Next session: %1</source>
            <translation>Nächstes Gespräch: %1</translation>
        </message>
        <message>
            <source>Nothing on the agenda yet.

Write down anything you would like to talk about, however small. If you are not sure where to start, try “Need ideas?”.</source>
            <translation>Noch nichts auf der Agenda.

Schreib alles auf, worüber du sprechen möchtest, auch Kleinigkeiten. Wenn du nicht weißt, wo du anfangen sollst, probier „Ideen gesucht?“.</translation>
        </message>
        <message>
            <source>That line is no longer on the agenda. The agenda has been refreshed.</source>
            <translation>Diese Zeile ist nicht mehr auf der Agenda. Die Agenda wurde neu geladen.</translation>
        </message>
        <message>
            <source>Added to the agenda.</source>
            <translation>Zur Agenda hinzugefügt.</translation>
        </message>
        <message>
            <source>Taken off the agenda. (The journal entry is kept; only its flag was removed.)</source>
            <translation>Von der Agenda genommen. (Der Tagebucheintrag bleibt erhalten; nur seine Markierung wurde entfernt.)</translation>
        </message>
        <message>
            <source>Taken off the agenda.</source>
            <translation>Von der Agenda genommen.</translation>
        </message>
        <message>
            <source>Undo taking off the agenda</source>
            <translation>Von der Agenda nehmen rückgängig machen</translation>
        </message>
        <message>
            <source>Taken off the agenda. Ctrl+Z brings it back.</source>
            <translation>Von der Agenda genommen. Strg+Z holt die Zeile zurück.</translation>
        </message>
        <message>
            <source>Add your counselor in Sessions first; then you can write notes here.</source>
            <translation>Trag zuerst unter Gespräche deine Berater:in ein; dann kannst du hier Notizen schreiben.</translation>
        </message>
        <message>
            <source>Notes saved. What you did not get to stays on the agenda for next time.</source>
            <translation>Notizen gespeichert. Was ihr nicht mehr geschafft habt, bleibt für das nächste Mal auf der Agenda.</translation>
        </message>
        <message>
            <source>something that helped</source>
            <extracomment>The AgendaLine of a list row.</extracomment>
            <translation>etwas, das geholfen hat</translation>
        </message>
        <message>
            <source>something that did not feel right</source>
            <translation>etwas, das sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>a request</source>
            <translation>eine Bitte</translation>
        </message>
        <message>
            <source>a question</source>
            <translation>eine Frage</translation>
        </message>
        <message>
            <source>feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>From your journal</source>
            <translation>Aus deinem Tagebuch</translation>
        </message>
        <message>
            <source>Feedback: %1</source>
            <translation>Feedback: %1</translation>
        </message>
        <message>
            <source>(no text yet)</source>
            <translation>(noch kein Text)</translation>
        </message>
        <message>
            <source>(private: stays in Companion, never exported)</source>
            <translation>(privat: bleibt in Companion, wird nie exportiert)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Companion (demo profile)</source>
            <translation>Companion (Demo-Profil)</translation>
        </message>
        <message>
            <source>the journal file is damaged (a page failed its check). Start Companion normally to see what can be done; nothing was changed.</source>
            <translation>die Tagebuchdatei ist beschädigt (eine Seite hat die Prüfung nicht bestanden). Starte Companion normal, um zu sehen, was sich tun lässt; nichts wurde verändert.</translation>
        </message>
        <message>
            <source>Companion found a journal in %1 but not its key file (keystore.json), so it cannot open it. If you moved the folder, move keystore.json along with it, or restore a backup. Nothing was changed.</source>
            <translation>Companion hat in %1 ein Tagebuch gefunden, aber nicht seine Schlüsseldatei (keystore.json), und kann es deshalb nicht öffnen. Wenn du den Ordner verschoben hast, verschieb keystore.json mit, oder stell eine Sicherung wieder her. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>If this journal was never used (for example, setting it up was interrupted), you can start a new one. The file found here is kept aside in the backups folder, never deleted: if its keystore.json turns up, choose the copy under Backups and archive, then Restore, and Companion asks for that file.</source>
            <translation>Wenn dieses Tagebuch nie benutzt wurde (zum Beispiel, weil die Einrichtung unterbrochen wurde), kannst du ein neues beginnen. Die gefundene Datei wird im Sicherungsordner aufbewahrt, nie gelöscht: Falls ihre keystore.json wieder auftaucht, wähle die Kopie unter Sicherungen und Archiv, dann Wiederherstellen, und Companion fragt nach dieser Datei.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Keep it aside and start a new journal</source>
            <translation>Aufbewahren und ein neues Tagebuch beginnen</translation>
        </message>
        <message>
            <source>Setting up Companion was interrupted last time, before anything was written in your journal. Let's set it up again.</source>
            <translation>Die Einrichtung von Companion wurde letztes Mal unterbrochen, bevor etwas in dein Tagebuch geschrieben wurde. Lass sie uns noch einmal durchgehen.</translation>
        </message>
        <message>
            <source>This is the demo profile: its passphrase is “%1”.</source>
            <translation>Das ist das Demo-Profil: Seine Passphrase lautet „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Einblicke</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Krisenplan</translation>
        </message>
    </context>
    <context>
        <name>AttachmentModel</name>
        <message>
            <source>Return opens it, Delete removes it from the entry, the menu key shows more.</source>
            <translation>Eingabetaste öffnet sie, Entf nimmt sie aus dem Eintrag, die Menütaste zeigt mehr.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentSettingsGroup</name>
        <message>
            <source>Files in entries</source>
            <translation>Dateien in Einträgen</translation>
        </message>
        <message>
            <source>Files kept with your entries</source>
            <translation>Dateien bei deinen Einträgen</translation>
        </message>
        <message>
            <source>&amp;Keep where and with what photos were taken (location, camera)</source>
            <translation>Behalten, &amp;wo und womit Fotos aufgenommen wurden (Ort, Kamera)</translation>
        </message>
        <message>
            <source>When this is off, Companion removes these details from each photo as you add it. The way a photo is turned is always kept.</source>
            <translation>Wenn das aus ist, entfernt Companion diese Angaben aus jedem Foto, sobald du es hinzufügst. Wie ein Foto gedreht ist, bleibt immer erhalten.</translation>
        </message>
        <message>
            <source>No files are kept with your entries yet.</source>
            <translation>Bei deinen Einträgen sind noch keine Dateien.</translation>
        </message>
        <message numerus="yes">
            <source>%n [file|files], %1</source>
            <translation>
                <numerusform>%n Datei, %1</numerusform>
                <numerusform>%n Dateien, %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Picture</source>
            <extracomment>A picture's tile and a file's chip (px): the picture's area, and the line of its name. At most this many rows of files show before the strip scrolls (up and down).</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Text file</source>
            <translation>Textdatei</translation>
        </message>
        <message>
            <source>Files kept with this entry</source>
            <translation>Dateien bei diesem Eintrag</translation>
        </message>
        <message>
            <source>Arrow keys go from file to file. Return opens one, Delete removes it.</source>
            <translation>Die Pfeiltasten gehen von Datei zu Datei. Die Eingabetaste öffnet eine, Entf nimmt sie heraus.</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Datei hinzufügen…</translation>
        </message>
        <message>
            <source>Add a file to this entry</source>
            <translation>Diesem Eintrag eine Datei hinzufügen</translation>
        </message>
        <message>
            <source>Keep a photo, a picture, a PDF or a text file with this entry (Ctrl+Shift+A). You can also drop files here, or paste a picture.</source>
            <translation>Ein Foto, ein Bild, ein PDF oder eine Textdatei bei diesem Eintrag aufbewahren (Strg+Umschalt+A). Du kannst Dateien auch hierher ziehen oder ein Bild einfügen.</translation>
        </message>
        <message>
            <source>Photos, PDFs or text files: drop them here or paste a picture.</source>
            <translation>Fotos, PDFs oder Textdateien: hierher ziehen oder ein Bild einfügen.</translation>
        </message>
        <message>
            <source>Adding files</source>
            <translation>Dateien werden hinzugefügt</translation>
        </message>
        <message>
            <source>Add files to this entry</source>
            <translation>Diesem Eintrag Dateien hinzufügen</translation>
        </message>
        <message>
            <source>Photos, pictures, PDF and text files</source>
            <translation>Fotos, Bilder, PDF- und Textdateien</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>Eine Kopie &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Remove from entry</source>
            <translation>Aus dem Eintrag &amp;nehmen</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Backups and archive</source>
            <translation>Sicherungen und Archiv</translation>
        </message>
        <message>
            <source>Encrypted backups</source>
            <extracomment>Restores and says whether it did (the window's); else restoreRequested is emitted.</extracomment>
            <translation>Verschlüsselte Sicherungen</translation>
        </message>
        <message>
            <source>Companion makes an encrypted backup every day while it is open and before every upgrade. A backup saved elsewhere (a USB stick, another disk) can be opened on a new computer with your recovery key or passphrase.</source>
            <translation>Companion legt jeden Tag, an dem es geöffnet ist, und vor jedem Update eine verschlüsselte Sicherung an. Eine anderswo gespeicherte Sicherung (auf einem USB-Stick, einer anderen Festplatte) lässt sich auf einem neuen Computer mit deinem Wiederherstellungsschlüssel oder deiner Passphrase öffnen.</translation>
        </message>
        <message>
            <source>Backups in your profile folder</source>
            <translation>Sicherungen in deinem Profilordner</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Anzahl automatischer Sicherungen, die aufbewahrt werden</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Jetzt sichern…</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Aus einer Datei wiederherstellen …</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Ausgewählte Sicherung wiederherstellen …</translation>
        </message>
        <message>
            <source>&amp;Keep the latest</source>
            <translation>Die neuesten &amp;behalten</translation>
        </message>
        <message>
            <source>Export everything</source>
            <translation>Alles exportieren</translation>
        </message>
        <message>
            <source>An archive holds your data as plain files (JSON and CSV, with the photos and files kept with your entries) that other programs can read. It is NOT encrypted: anyone who gets the file can read it.</source>
            <translation>Ein Archiv enthält deine Daten als einfache Dateien (JSON und CSV, dazu die Fotos und Dateien deiner Einträge), die andere Programme lesen können. Es ist NICHT verschlüsselt: Wer die Datei bekommt, kann sie lesen.</translation>
        </message>
        <message>
            <source>Include private journal entries</source>
            <translation>Private Tagebucheinträge einschließen</translation>
        </message>
        <message>
            <source>Include my safety plan</source>
            <translation>Meinen Krisenplan einschließen</translation>
        </message>
        <message>
            <source>Export everything…</source>
            <translation>Alles exportieren…</translation>
        </message>
        <message>
            <source>Backup message</source>
            <translation>Meldung zur Sicherung</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>No automatic backup yet.</source>
            <translation>Noch keine automatische Sicherung.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>täglich</translation>
        </message>
        <message>
            <source>before an update</source>
            <translation>vor einem Update</translation>
        </message>
        <message>
            <source>your journal as it was before a restore</source>
            <translation>dein Tagebuch, wie es vor einer Wiederherstellung war</translation>
        </message>
        <message>
            <source>a damaged journal file, kept aside</source>
            <translation>eine beschädigte Tagebuchdatei, aufbewahrt</translation>
        </message>
        <message>
            <source>a journal with unrecoverable recent saves, kept aside</source>
            <translation>ein Tagebuch mit nicht wiederherstellbaren letzten Speicherungen, aufbewahrt</translation>
        </message>
        <message>
            <source>a journal without its keystore, kept aside</source>
            <translation>ein Tagebuch ohne seine keystore.json, aufbewahrt</translation>
        </message>
        <message>
            <source>Choose the keystore.json of this journal</source>
            <translation>Wähle die keystore.json dieses Tagebuchs</translation>
        </message>
        <message>
            <source>Keystore (keystore.json *.json)</source>
            <translation>Schlüsseldatei (keystore.json *.json)</translation>
        </message>
        <message>
            <source>Remove older backups?</source>
            <translation>Ältere Sicherungen entfernen?</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation>Angehalten. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>That did not work; nothing was changed.</source>
            <translation>Das hat nicht geklappt; es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>Where should the backup go?</source>
            <translation>Wohin soll die Sicherung?</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message>
            <source>Backup saved as %1 in %2.</source>
            <translation>Sicherung gespeichert als %1 in %2.</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Sicherung auswählen</translation>
        </message>
        <message>
            <source>Companion backups (*.companion-backup *.db)</source>
            <translation>Companion-Sicherungen (*.companion-backup *.db)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>The passphrase or recovery key of the journal in this copy:</source>
            <translation>Die Passphrase oder der Wiederherstellungsschlüssel des Tagebuchs in dieser Kopie:</translation>
        </message>
        <message>
            <source>Your passphrase or recovery key for this backup:</source>
            <translation>Deine Passphrase oder dein Wiederherstellungsschlüssel für diese Sicherung:</translation>
        </message>
        <message>
            <source>Replace your journal with this backup from %1? What you wrote after that is not in it. Your current data is kept aside in the backups folder first.</source>
            <translation>Dein Tagebuch durch diese Sicherung vom %1 ersetzen? Was du danach geschrieben hast, ist nicht darin. Deine jetzigen Daten werden vorher im Sicherungsordner aufbewahrt.</translation>
        </message>
        <message>
            <source>Replace your journal with this backup? Your current data is kept aside in the backups folder first.</source>
            <translation>Dein Tagebuch durch diese Sicherung ersetzen? Deine jetzigen Daten werden vorher im Sicherungsordner beiseitegelegt.</translation>
        </message>
        <message>
            <source>Archives (*.zip)</source>
            <translation>Archive (*.zip)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Exported to %1. Remember: this file is not encrypted.</source>
            <translation>Exportiert nach %1. Denk daran: Diese Datei ist nicht verschlüsselt.</translation>
        </message>
        <message numerus="yes">
            <source>Keeping only the latest %1 removes %n older automatic [backup|backups] now. Remove [it|them]?</source>
            <translation>
                <numerusform>Nur die neuesten %1 zu behalten entfernt jetzt %n ältere automatische Sicherung. Entfernen?</numerusform>
                <numerusform>Nur die neuesten %1 zu behalten entfernt jetzt %n ältere automatische Sicherungen. Entfernen?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Show as &amp;table</source>
            <extracomment>keeps a wide, low chart (the calendar) from stretching tall</extracomment>
            <translation>Als &amp;Tabelle zeigen</translation>
        </message>
        <message>
            <source>Show %1 as a table</source>
            <translation>%1 als Tabelle zeigen</translation>
        </message>
        <message>
            <source>The same numbers as text (Alt+T)</source>
            <translation>Dieselben Zahlen als Text (Alt+T)</translation>
        </message>
        <message>
            <source>Save as &amp;image…</source>
            <translation>Als &amp;Bild speichern…</translation>
        </message>
        <message>
            <source>Save the %1 chart as an image</source>
            <translation>Das Diagramm %1 als Bild speichern</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG picture</source>
            <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>Show %1 in the chart</source>
            <translation>%1 im Diagramm zeigen</translation>
        </message>
        <message>
            <source>A chart. Use “Show as table” to read its numbers.</source>
            <translation>Ein Diagramm. Mit „Als Tabelle zeigen“ kannst du seine Zahlen lesen.</translation>
        </message>
        <message>
            <source>%1 as a table</source>
            <translation>%1 als Tabelle</translation>
        </message>
        <message>
            <source>Nothing to show in this period yet.</source>
            <translation>In diesem Zeitraum gibt es noch nichts zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>A personal reflection aid, not a clinical measure.</source>
            <translation>Eine persönliche Hilfe zum Nachdenken, keine klinische Messung.</translation>
        </message>
        <message>
            <source>Heard</source>
            <translation>Gehört</translation>
        </message>
        <message>
            <source>Respected</source>
            <translation>Respektiert</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Unterstützt</translation>
        </message>
        <message>
            <source>Understood</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Vertrauen</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Nicht verurteilt</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Sicher</translation>
        </message>
        <message>
            <source>Working together</source>
            <translation>Zusammenarbeit</translation>
        </message>
        <message>
            <source>The relationship next to your mood</source>
            <translation>Die Beziehung neben deiner Stimmung</translation>
        </message>
        <message>
            <source>These move together or not; this does not show that one causes the other.</source>
            <translation>Beides bewegt sich gemeinsam oder nicht; das zeigt nicht, dass das eine das andere verursacht.</translation>
        </message>
        <message>
            <source>After a few check-ins, with moods in your journal in the days after, you will see them side by side here.</source>
            <translation>Nach ein paar Check-ins, mit Stimmungen in deinem Tagebuch in den Tagen danach, siehst du beides hier nebeneinander.</translation>
        </message>
        <message>
            <source>One check-in</source>
            <translation>Ein Check-in</translation>
        </message>
        <message>
            <source>Heard, respected and supported: the check-in's average (0 to 10)</source>
            <translation>Gehört, respektiert und unterstützt: der Durchschnitt des Check-ins (0 bis 10)</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Datum des Gesprächs</translation>
        </message>
        <message>
            <source>Heard, respected and supported (average)</source>
            <translation>Gehört, respektiert und unterstützt (Durchschnitt)</translation>
        </message>
        <message>
            <source>Mood in the days after (average)</source>
            <translation>Stimmung in den Tagen danach (Durchschnitt)</translation>
        </message>
        <message>
            <source>Moods recorded</source>
            <translation>Erfasste Stimmungen</translation>
        </message>
        <message>
            <source>Progress on your goals</source>
            <translation>Fortschritt bei deinen Zielen</translation>
        </message>
        <message>
            <source>Rate how close you feel to a goal now and then, and it will show up here.</source>
            <translation>Schätz ab und zu ein, wie nah du dich einem Ziel fühlst, dann erscheint es hier.</translation>
        </message>
        <message>
            <source>How close I feel (0 = not yet, 10 = there)</source>
            <translation>Wie nah ich mich fühle (0 = noch nicht, 10 = angekommen)</translation>
        </message>
        <message>
            <source>Day rated</source>
            <translation>Tag der Einschätzung</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>How close (0 to 10)</source>
            <translation>Wie nah (0 bis 10)</translation>
        </message>
        <message>
            <source>Your journaling over the last twelve months</source>
            <translation>Dein Tagebuchschreiben in den letzten zwölf Monaten</translation>
        </message>
        <message>
            <source>When you write in your journal, each day will fill in here.</source>
            <translation>Wenn du in dein Tagebuch schreibst, füllt sich hier jeder Tag.</translation>
        </message>
        <message>
            <source>More than one entry</source>
            <translation>Mehr als ein Eintrag</translation>
        </message>
        <message>
            <source>Weeks from %1 to %2</source>
            <translation>Wochen vom %1 bis %2</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>In between</source>
            <translation>Dazwischen</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Colour: mood of the day</source>
            <translation>Farbe: Stimmung des Tages</translation>
        </message>
        <message>
            <source>Written, no mood</source>
            <translation>Geschrieben, keine Stimmung</translation>
        </message>
        <message>
            <source>Not written</source>
            <translation>Nicht geschrieben</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Mood of the day</source>
            <translation>Stimmung des Tages</translation>
        </message>
        <message>
            <source>no mood</source>
            <translation>keine Stimmung</translation>
        </message>
        <message>
            <source>Your latest check-in next to your average</source>
            <translation>Dein letzter Check-in neben deinem Durchschnitt</translation>
        </message>
        <message>
            <source>After your first check-in you will see it here next to your own average, quality by quality.</source>
            <translation>Nach deinem ersten Check-in siehst du ihn hier neben deinem eigenen Durchschnitt, Punkt für Punkt.</translation>
        </message>
        <message>
            <source>How much (0 = not at all, 10 = completely)</source>
            <translation>Wie sehr (0 = gar nicht, 10 = völlig)</translation>
        </message>
        <message>
            <source>Your average</source>
            <translation>Dein Durchschnitt</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <source>Latest check-in</source>
            <translation>Letzter Check-in</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Your mood over time</source>
            <translation>Deine Stimmung im Lauf der Zeit</translation>
        </message>
        <message>
            <source>When you add a mood to your journal entries, you will see here how your days went over time.</source>
            <translation>Wenn du deinen Tagebucheinträgen eine Stimmung gibst, siehst du hier, wie deine Tage über die Zeit verlaufen sind.</translation>
        </message>
        <message>
            <source>Mood (0 = very low, 10 = very good)</source>
            <translation>Stimmung (0 = sehr gedrückt, 10 = sehr gut)</translation>
        </message>
        <message>
            <source>Average of the last two weeks</source>
            <translation>Durchschnitt der letzten zwei Wochen</translation>
        </message>
        <message>
            <source>A session (tick along the bottom)</source>
            <translation>Ein Gespräch (Strich am unteren Rand)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>How the relationship felt over time</source>
            <translation>Wie sich die Beziehung im Lauf der Zeit angefühlt hat</translation>
        </message>
        <message>
            <source>After a few check-ins you will see how heard, respected and supported you felt over time.</source>
            <translation>Nach ein paar Check-ins siehst du, wie gehört, respektiert und unterstützt du dich über die Zeit gefühlt hast.</translation>
        </message>
        <message>
            <source>Started with %1</source>
            <translation>Beginn mit %1</translation>
        </message>
        <message>
            <source>Counselor changed</source>
            <translation>Berater:in gewechselt</translation>
        </message>
        <message>
            <source>Shaded: your usual range for each quality, the middle half of your own ratings around their median</source>
            <translation>Schattiert: dein üblicher Bereich für jede Eigenschaft, die mittlere Hälfte deiner eigenen Bewertungen um ihren Median</translation>
        </message>
        <message>
            <source>Usual range of %1 (middle half, median)</source>
            <translation>Üblicher Bereich von %1 (mittlere Hälfte, Median)</translation>
        </message>
        <message>
            <source>written %1</source>
            <translation>geschrieben am %1</translation>
        </message>
        <message>
            <source>Latest check-in (%1)</source>
            <translation>Letzter Check-in (%1)</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>The picture “%1” could not be included.</source>
            <translation>Das Bild „%1“ konnte nicht aufgenommen werden.</translation>
        </message>
        <message>
            <source>Exported on %1</source>
            <translation>Exportiert am %1</translation>
        </message>
        <message>
            <source>Nothing is chosen to share yet.</source>
            <translation>Noch ist nichts zum Teilen ausgewählt.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Gewählte Tage</translation>
        </message>
        <message>
            <source>Between two sessions</source>
            <translation>Zwischen zwei Gesprächen</translation>
        </message>
        <message>
            <source>The last four weeks</source>
            <translation>Die letzten vier Wochen</translation>
        </message>
        <message>
            <source>Since our last session</source>
            <translation>Seit unserem letzten Gespräch</translation>
        </message>
        <message>
            <source>Details below: %1.</source>
            <translation>Ausführlich weiter unten: %1.</translation>
        </message>
        <message>
            <source>Summary for my next session</source>
            <translation>Zusammenfassung für mein nächstes Gespräch</translation>
        </message>
        <message>
            <source>For %1</source>
            <translation>Für %1</translation>
        </message>
        <message>
            <source>%1: %2 to %3</source>
            <translation>%1: %2 bis %3</translation>
        </message>
        <message>
            <source>No next session is planned yet.</source>
            <translation>Noch kein nächstes Gespräch geplant.</translation>
        </message>
        <message>
            <source>Next session: %1</source>
            <translation>Nächstes Gespräch: %1</translation>
        </message>
        <message>
            <source>Matters most:</source>
            <translation>Am wichtigsten:</translation>
        </message>
        <message>
            <source>What I would like to talk about</source>
            <translation>Worüber ich sprechen möchte</translation>
        </message>
        <message>
            <source>Usual range</source>
            <translation>Üblicher Bereich</translation>
        </message>
        <message>
            <source>Usual range: the middle half of my ratings since %1 (0 to 10).</source>
            <translation>Üblicher Bereich: die mittlere Hälfte meiner Bewertungen seit %1 (0 bis 10).</translation>
        </message>
        <message>
            <source>Our sessions at a glance</source>
            <translation>Unsere Gespräche auf einen Blick</translation>
        </message>
        <message>
            <source>What I took away</source>
            <translation>Was ich mitgenommen habe</translation>
        </message>
        <message>
            <source>What I wanted to try</source>
            <translation>Was ich ausprobieren wollte</translation>
        </message>
        <message>
            <source>What did not feel right</source>
            <translation>Was sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>My notes from our last session</source>
            <translation>Meine Notizen aus unserem letzten Gespräch</translation>
        </message>
        <message>
            <source>My notes from our last session (%1)</source>
            <translation>Meine Notizen aus unserem letzten Gespräch (%1)</translation>
        </message>
        <message>
            <source>mood %1 of 10</source>
            <translation>Stimmung %1 von 10</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Tagebucheintrag</translation>
        </message>
        <message>
            <source>A picture kept with “%1”</source>
            <translation>Ein Bild zu „%1“</translation>
        </message>
        <message>
            <source>From my journal</source>
            <translation>Aus meinem Tagebuch</translation>
        </message>
        <message>
            <source>Working on it</source>
            <translation>Ich arbeite daran</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Let go</source>
            <translation>Losgelassen</translation>
        </message>
        <message>
            <source>no rating yet</source>
            <translation>noch keine Einschätzung</translation>
        </message>
        <message>
            <source>%1 of 10 (no new rating)</source>
            <translation>%1 von 10 (keine neue Einschätzung)</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 von 10</translation>
        </message>
        <message>
            <source>%1 → %2 of 10</source>
            <translation>%1 → %2 von 10</translation>
        </message>
        <message>
            <source>Expectation</source>
            <translation>Erwartung</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Wo es steht</translation>
        </message>
        <message>
            <source>How close I feel</source>
            <translation>Wie nah ich mich fühle</translation>
        </message>
        <message>
            <source>Expectations and goals</source>
            <translation>Erwartungen und Ziele</translation>
        </message>
        <message>
            <source>Something that helped</source>
            <translation>Etwas, das geholfen hat</translation>
        </message>
        <message>
            <source>Something that did not feel right</source>
            <translation>Etwas, das sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>A request</source>
            <translation>Eine Bitte</translation>
        </message>
        <message>
            <source>A question</source>
            <translation>Eine Frage</translation>
        </message>
        <message>
            <source>Feedback I would like to share</source>
            <translation>Feedback, das ich teilen möchte</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>How our sessions felt to me</source>
            <translation>Wie sich unsere Gespräche für mich angefühlt haben</translation>
        </message>
        <message>
            <source>Latest: my check-in of %1.</source>
            <translation>Zuletzt: mein Check-in vom %1.</translation>
        </message>
        <message>
            <source>Latest: our session on %1 (I wrote this check-in on %2).</source>
            <translation>Zuletzt: unser Gespräch am %1 (diesen Check-in habe ich am %2 geschrieben).</translation>
        </message>
        <message>
            <source>Latest: our session on %1.</source>
            <translation>Zuletzt: unser Gespräch am %1.</translation>
        </message>
        <message>
            <source>The chart shows %1 to %2.</source>
            <translation>Das Diagramm zeigt %1 bis %2.</translation>
        </message>
        <message>
            <source>No mood was noted in this period.</source>
            <translation>In diesem Zeitraum wurde keine Stimmung notiert.</translation>
        </message>
        <message>
            <source>My mood</source>
            <translation>Meine Stimmung</translation>
        </message>
        <message>
            <source>Chart: %1 over time (0 to 10)</source>
            <translation>Diagramm: %1 im Lauf der Zeit (0 bis 10)</translation>
        </message>
        <message>
            <source>Chart: mood of each day and the two-week average (0 to 10)</source>
            <translation>Diagramm: Stimmung jedes Tages und der Zwei-Wochen-Durchschnitt (0 bis 10)</translation>
        </message>
        <message>
            <source>Please choose the counselor the summary is for.</source>
            <translation>Bitte wähle die Berater:in, für die die Zusammenfassung ist.</translation>
        </message>
        <message numerus="yes">
            <source>Mood in the %n [day|days] after (average, 0 to 10)</source>
            <translation>
                <numerusform>Stimmung am %n. Tag danach (Durchschnitt, 0 bis 10)</numerusform>
                <numerusform>Stimmung in den %n Tagen danach (Durchschnitt, 0 bis 10)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [check-in|check-ins] in this period</source>
            <translation>
                <numerusform>%n Check-in in diesem Zeitraum</numerusform>
                <numerusform>%n Check-ins in diesem Zeitraum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lines: the average of your last %n [check-in|check-ins]; dots: each check-in</source>
            <translation>
                <numerusform>Linien: dein letzter Check-in (%n); Punkte: jeder einzelne Check-in</numerusform>
                <numerusform>Linien: der Durchschnitt deiner letzten %n Check-ins; Punkte: jeder einzelne Check-in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [picture|pictures] with this entry, shown in the PDF and web page versions of this summary: %1</source>
            <translation>
                <numerusform>%n Bild zu diesem Eintrag, zu sehen in der PDF- und der Webseiten-Fassung dieser Zusammenfassung: %1</numerusform>
                <numerusform>%n Bilder zu diesem Eintrag, zu sehen in der PDF- und der Webseiten-Fassung dieser Zusammenfassung: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [check-in after a session|check-ins after sessions] in this period.</source>
            <translation>
                <numerusform>%n Check-in nach einem Gespräch in diesem Zeitraum.</numerusform>
                <numerusform>%n Check-ins nach Gesprächen in diesem Zeitraum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average mood in this period: %1 of 10 (%n [entry|entries] with a mood).</source>
            <translation>
                <numerusform>Durchschnittliche Stimmung in diesem Zeitraum: %1 von 10 (%n Eintrag mit Stimmung).</numerusform>
                <numerusform>Durchschnittliche Stimmung in diesem Zeitraum: %1 von 10 (%n Einträge mit Stimmung).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check in</source>
            <extracomment>Above this the statements scroll (the "More" statements make the list long). The comment field asks for room for this many lines (it grows with the dialog).</extracomment>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>The session this check-in is about</source>
            <translation>Das Gespräch, um das es in diesem Check-in geht</translation>
        </message>
        <message>
            <source>You can choose another recent session that has no check-in yet.</source>
            <translation>Du kannst ein anderes Gespräch der letzten Zeit wählen, zu dem es noch keinen Check-in gibt.</translation>
        </message>
        <message>
            <source>&amp;About the session</source>
            <translation>&amp;Zum Gespräch</translation>
        </message>
        <message>
            <source>How did this session feel for you? 0 means not at all, 10 means completely. Type a number or use the arrow keys; Tab moves on, Enter saves.</source>
            <translation>Wie hat sich dieses Gespräch für dich angefühlt? 0 heißt gar nicht, 10 heißt völlig. Tippe eine Zahl oder nutze die Pfeiltasten; Tab geht weiter, die Eingabetaste speichert.</translation>
        </message>
        <message>
            <source>About these ratings</source>
            <translation>Über diese Bewertungen</translation>
        </message>
        <message>
            <source>&amp;More statements (optional)</source>
            <translation>&amp;Weitere Aussagen (freiwillig)</translation>
        </message>
        <message>
            <source>Show five more statements, all optional</source>
            <translation>Fünf weitere Aussagen zeigen, alle freiwillig</translation>
        </message>
        <message>
            <source>What would have &amp;helped? (optional)</source>
            <translation>Was hätte &amp;geholfen? (freiwillig)</translation>
        </message>
        <message>
            <source>A few words for yourself. Shift+Enter starts a new line.</source>
            <translation>Ein paar Worte für dich selbst. Umschalt+Eingabe beginnt eine neue Zeile.</translation>
        </message>
        <message>
            <source>What would have helped? Optional comment</source>
            <translation>Was hätte geholfen? Freiwilliger Kommentar</translation>
        </message>
        <message>
            <source>A gentle note about this check-in</source>
            <translation>Ein behutsamer Hinweis zu diesem Check-in</translation>
        </message>
        <message>
            <source>&amp;Draft a note for my counselor</source>
            <translation>Eine Notiz für meine Berater:in &amp;entwerfen</translation>
        </message>
        <message>
            <source>Draft a private note for my counselor about this</source>
            <translation>Dazu eine private Notiz für meine Berater:in entwerfen</translation>
        </message>
        <message>
            <source>Draft note</source>
            <translation>Notiz entwerfen</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Den Check-in speichern</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Speichern (Eingabetaste)</translation>
        </message>
        <message>
            <source>Delete check-in</source>
            <translation>Check-in löschen</translation>
        </message>
        <message>
            <source>Delete this check-in</source>
            <translation>Diesen Check-in löschen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>This session is no longer in Companion.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion.</translation>
        </message>
        <message>
            <source>Your check-in</source>
            <translation>Dein Check-in</translation>
        </message>
        <message>
            <source>%1, with %2</source>
            <translation>%1, mit %2</translation>
        </message>
        <message>
            <source>Choose a session…</source>
            <translation>Ein Gespräch wählen…</translation>
        </message>
        <message>
            <source>Which session would you like to check in on?</source>
            <translation>Zu welchem Gespräch möchtest du einen Check-in machen?</translation>
        </message>
        <message>
            <source>Your session with %1 on %2</source>
            <translation>Dein Gespräch mit %1 am %2</translation>
        </message>
        <message>
            <source>Your session on %1</source>
            <translation>Dein Gespräch am %1</translation>
        </message>
        <message>
            <source>Fewer &amp;statements</source>
            <translation>Weniger &amp;Aussagen</translation>
        </message>
        <message>
            <source>Please choose the session this check-in is about.</source>
            <translation>Bitte wähle das Gespräch, um das es in diesem Check-in geht.</translation>
        </message>
        <message>
            <source>Please rate the first three statements (heard, respected, supported) before saving; the others can stay empty.</source>
            <translation>Bitte bewerte vor dem Speichern die ersten drei Aussagen (gehört, respektiert, unterstützt); die anderen können leer bleiben.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>You felt %1 this time than usual.</source>
            <translation>Du hast dich diesmal %1 gefühlt als sonst.</translation>
        </message>
        <message>
            <source>This time you felt %1 than you might like.</source>
            <translation>Diesmal hast du dich %1 gefühlt, als du es dir wünschen würdest.</translation>
        </message>
        <message>
            <source>That is worth saying; counselors generally want to know.</source>
            <translation>Das ist es wert, angesprochen zu werden; Berater:innen möchten so etwas in der Regel wissen.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>(usually about %1)</source>
            <translation>(sonst etwa %1)</translation>
        </message>
        <message>
            <source>If you like, Companion can start a private note for you to finish in Feedback. Nothing is shared unless you choose to.</source>
            <translation>Wenn du magst, kann Companion eine private Notiz für dich beginnen, die du unter Feedback fertig schreibst. Nichts wird geteilt, außer du entscheidest dich dafür.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>In our session on %1</source>
            <translation>In unserem Gespräch am %1</translation>
        </message>
        <message>
            <source>%1 I felt %2 than usual.</source>
            <translation>%1 habe ich mich %2 gefühlt als sonst.</translation>
        </message>
        <message>
            <source>I also felt %1 than I would like.</source>
            <translation>Ich habe mich auch %1 gefühlt, als ich es mir wünschen würde.</translation>
        </message>
        <message>
            <source>%1 I felt %2 than I would like.</source>
            <translation>%1 habe ich mich %2 gefühlt, als ich es mir wünschen würde.</translation>
        </message>
        <message>
            <source>What would help me is …</source>
            <translation>Was mir helfen würde, ist …</translation>
        </message>
        <message>
            <source>A draft is waiting for you in Feedback, ready to finish in your own words. It stays private until you choose to share it.</source>
            <translation>Ein Entwurf wartet unter Feedback auf dich, bereit, in deinen eigenen Worten fertig geschrieben zu werden. Er bleibt privat, bis du dich entscheidest, ihn zu teilen.</translation>
        </message>
        <message>
            <source>Delete this check-in?</source>
            <translation>Diesen Check-in löschen?</translation>
        </message>
        <message>
            <source>Its ratings and comment will be gone. The session itself stays.</source>
            <translation>Seine Bewertungen und sein Kommentar sind dann weg. Das Gespräch selbst bleibt.</translation>
        </message>
        <message numerus="yes">
            <source>The comment can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Der Kommentar darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Der Kommentar darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInSettingsWidget</name>
        <message>
            <source>After a check-in, gently point out a rating that is low or lower than usual</source>
            <translation>Nach einem Check-in behutsam auf niedrige Bewertungen hinweisen</translation>
        </message>
        <message>
            <source>Point out low check-in ratings</source>
            <translation>Auf niedrige Check-in-Bewertungen hinweisen</translation>
        </message>
        <message>
            <source> of 10</source>
            <translation> von 10</translation>
        </message>
        <message>
            <source>A rating at or below this counts as low</source>
            <translation>Eine Bewertung bis zu diesem Wert gilt als niedrig</translation>
        </message>
        <message>
            <source>“Lower than usual” compares only with your own earlier check-ins with the same counselor, once there are three of them.</source>
            <translation>„Niedriger als sonst“ vergleicht nur mit deinen eigenen früheren Check-ins bei derselben Berater:in, sobald es drei davon gibt.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>For how many days after a session a check-in is offered</source>
            <translation>Wie viele Tage nach einem Gespräch ein Check-in angeboten wird</translation>
        </message>
        <message>
            <source>Home, Ctrl+K and the notes after a session offer a check-in only on your latest session with each counselor you still see, for this long after it.</source>
            <translation>Start, Strg+K und die Notizen nach einem Gespräch bieten einen Check-in nur zu deinem letzten Gespräch mit jeder Berater:in an, bei der du noch bist, und nur so lange danach.</translation>
        </message>
        <message>
            <source>Count a rating as &amp;low at or below</source>
            <translation>Eine Bewertung gilt als &amp;niedrig bis einschließlich</translation>
        </message>
        <message>
            <source>Offer a check-in for &amp;up to</source>
            <translation>Check-in anbieten &amp;bis zu</translation>
        </message>
    </context>
    <context>
        <name>CheckIns</name>
        <message>
            <source>I felt heard and listened to.</source>
            <translation>Ich habe mich gehört gefühlt und es wurde mir zugehört.</translation>
        </message>
        <message>
            <source>I felt respected, including my choices.</source>
            <translation>Ich habe mich respektiert gefühlt, auch in meinen Entscheidungen.</translation>
        </message>
        <message>
            <source>I felt supported and encouraged.</source>
            <translation>Ich habe mich unterstützt und ermutigt gefühlt.</translation>
        </message>
        <message>
            <source>My counselor understood how I was feeling.</source>
            <translation>Meine Berater:in hat verstanden, wie es mir ging.</translation>
        </message>
        <message>
            <source>I trust that my counselor has my best interests at heart.</source>
            <translation>Ich vertraue darauf, dass meine Berater:in es gut mit mir meint.</translation>
        </message>
        <message>
            <source>I could be myself without fear of being judged.</source>
            <translation>Ich konnte ich selbst sein, ohne Angst, bewertet zu werden.</translation>
        </message>
        <message>
            <source>The session felt professional and safe.</source>
            <translation>Das Gespräch hat sich professionell und sicher angefühlt.</translation>
        </message>
        <message>
            <source>We worked together on what matters to me.</source>
            <translation>Wir haben gemeinsam an dem gearbeitet, was mir wichtig ist.</translation>
        </message>
        <message>
            <source>Heard</source>
            <translation>Gehört</translation>
        </message>
        <message>
            <source>Respected</source>
            <translation>Respektiert</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Unterstützt</translation>
        </message>
        <message>
            <source>Understood</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Vertrauen</translation>
        </message>
        <message>
            <source>Free to be myself</source>
            <translation>Ganz ich selbst</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Sicher</translation>
        </message>
        <message>
            <source>Working together</source>
            <translation>Zusammenarbeit</translation>
        </message>
        <message>
            <source>less heard</source>
            <translation>weniger gehört</translation>
        </message>
        <message>
            <source>less respected</source>
            <translation>weniger respektiert</translation>
        </message>
        <message>
            <source>less supported</source>
            <translation>weniger unterstützt</translation>
        </message>
        <message>
            <source>less understood</source>
            <translation>weniger verstanden</translation>
        </message>
        <message>
            <source>less sure that your counselor has your best interests at heart</source>
            <translation>weniger sicher, dass deine Berater:in es gut mit dir meint</translation>
        </message>
        <message>
            <source>less free to be yourself</source>
            <translation>weniger frei, du selbst zu sein</translation>
        </message>
        <message>
            <source>less safe</source>
            <translation>weniger sicher</translation>
        </message>
        <message>
            <source>less like you were working together</source>
            <translation>weniger, als würdet ihr zusammenarbeiten</translation>
        </message>
        <message>
            <source>less sure that you have my best interests at heart</source>
            <translation>weniger sicher, dass du es gut mit mir meinst</translation>
        </message>
        <message>
            <source>less free to be myself</source>
            <translation>weniger frei, ich selbst zu sein</translation>
        </message>
        <message>
            <source>less like we were working together</source>
            <translation>weniger, als würden wir zusammenarbeiten</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 von 10</translation>
        </message>
        <message>
            <source>These ratings are a personal reflection aid for you, not a clinical measure. Nothing here is shared unless you choose to.</source>
            <translation>Diese Bewertungen sind eine persönliche Hilfe zum Nachdenken für dich, keine klinische Messung. Nichts hier wird geteilt, außer du entscheidest dich dafür.</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <source>Open the history: see both versions side by side and restore either</source>
            <translation>Den Verlauf öffnen: beide Fassungen nebeneinander sehen und eine davon wiederherstellen</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Diese Fassung behalten</translation>
        </message>
        <message>
            <source>Use what is shown here on every computer (the other stays in the history)</source>
            <translation>Das hier Gezeigte auf allen Computern verwenden (die andere Fassung bleibt im Verlauf)</translation>
        </message>
        <message>
            <source>Changed on two computers</source>
            <translation>Auf zwei Computern geändert</translation>
        </message>
        <message>
            <source>This entry was changed on two computers at the same time. Both versions are kept: this one, and the other in the entry's history.</source>
            <translation>Dieser Eintrag wurde gleichzeitig auf zwei Computern geändert. Beide Fassungen bleiben erhalten: diese hier und die andere im Verlauf des Eintrags.</translation>
        </message>
        <message>
            <source>While you were writing, this entry was also changed on another computer. What you wrote is saved; the other version is kept in the entry's history.</source>
            <translation>Während du geschrieben hast, wurde dieser Eintrag auch auf einem anderen Computer geändert. Was du geschrieben hast, ist gespeichert; die andere Fassung liegt im Verlauf des Eintrags.</translation>
        </message>
    </context>
    <context>
        <name>CounselorDialog</name>
        <message>
            <source>Edit counselor</source>
            <translation>Berater:in bearbeiten</translation>
        </message>
        <message>
            <source>Add a counselor</source>
            <translation>Berater:in hinzufügen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>A first name is enough</source>
            <translation>Ein Vorname reicht</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Praxis</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Freiwillig</translation>
        </message>
        <message>
            <source>Who the sessions are for</source>
            <translation>Für wen die Gespräche sind</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Anything you want to remember: how to reach them, the address, the fee…</source>
            <translation>Alles, was du dir merken möchtest: wie du sie erreichst, die Adresse, das Honorar…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Practice</source>
            <translation>&amp;Praxis</translation>
        </message>
        <message>
            <source>&amp;Sessions for</source>
            <translation>&amp;Gespräche für</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
        <message>
            <source>This counselor is no longer in Companion.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion.</translation>
        </message>
    </context>
    <context>
        <name>CounselorFilter</name>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>All counselors</source>
            <translation>Alle Berater:innen</translation>
        </message>
        <message>
            <source>%1 (ended)</source>
            <translation>%1 (beendet)</translation>
        </message>
    </context>
    <context>
        <name>CounselorMenu</name>
        <message>
            <source>C&amp;ounselors</source>
            <translation>Be&amp;rater:innen</translation>
        </message>
        <message>
            <source>Counselors menu</source>
            <translation>Menü Berater:innen</translation>
        </message>
        <message>
            <source>&amp;Add a counselor…</source>
            <translation>Berater:in &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Choose a counselor above to edit them</source>
            <translation>Wähle oben eine Berater:in, um sie zu bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Edit %1…</source>
            <translation>%1 &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>E&amp;nd work with %1</source>
            <translation>Zusammenarbeit mit %1 b&amp;eenden</translation>
        </message>
        <message>
            <source>Sta&amp;rt again with %1</source>
            <translation>Mit %1 wieder &amp;beginnen</translation>
        </message>
        <message>
            <source>&amp;Delete %1…</source>
            <translation>%1 &amp;löschen…</translation>
        </message>
        <message>
            <source>Counselor saved.</source>
            <translation>Berater:in gespeichert.</translation>
        </message>
        <message>
            <source>Marked as ended. Their sessions are kept.</source>
            <translation>Als beendet markiert. Die Gespräche bleiben erhalten.</translation>
        </message>
        <message>
            <source>Welcome back.</source>
            <translation>Willkommen zurück.</translation>
        </message>
        <message>
            <source>There are no sessions with them yet.</source>
            <translation>Mit dieser Person gibt es noch keine Gespräche.</translation>
        </message>
        <message>
            <source>Their session and your notes about it are deleted too.</source>
            <translation>Das Gespräch mit ihr und deine Notizen dazu werden ebenfalls gelöscht.</translation>
        </message>
        <message>
            <source>Delete %1 from Companion?</source>
            <translation>%1 aus Companion löschen?</translation>
        </message>
        <message>
            <source>Delete counselor</source>
            <translation>Berater:in löschen</translation>
        </message>
        <message>
            <source>Counselor deleted.</source>
            <translation>Berater:in gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>Their %n [session|sessions] and your notes about them are deleted too.</source>
            <translation>
                <numerusform>Das %n Gespräch mit ihr und deine Notizen dazu werden ebenfalls gelöscht.</numerusform>
                <numerusform>Die %n Gespräche mit ihr und deine Notizen dazu werden ebenfalls gelöscht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <source>&amp;Undo</source>
            <extracomment>a line edit's selection while a menu has the focus: (start, length)</extracomment>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Aus&amp;schneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Ein&amp;fügen</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>A&amp;lles auswählen</translation>
        </message>
    </context>
    <context>
        <name>EntryDelegate</name>
        <message>
            <source>mood %1</source>
            <translation>Stimmung %1</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>next session</source>
            <translation>nächstes Gespräch</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Save status</source>
            <extracomment>the files of the entry shown (none can be kept when the view was given no service) a save here went over a change from another computer (the note says so)</extracomment>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Title (optional)</source>
            <translation>Titel (freiwillig)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Entry text</source>
            <translation>Text des Eintrags</translation>
        </message>
        <message>
            <source>Write whatever is on your mind. You can use Markdown: **bold**, *italic*, - lists, # headings.</source>
            <translation>Schreib auf, was dich beschäftigt. Du kannst Markdown verwenden: **fett**, *kursiv*, - Listen, # Überschriften.</translation>
        </message>
        <message>
            <source>Entry, read view</source>
            <translation>Eintrag, Leseansicht</translation>
        </message>
        <message>
            <source>Add a file to this entry…</source>
            <translation>Diesem Eintrag eine Datei hinzufügen…</translation>
        </message>
        <message>
            <source>Write</source>
            <extracomment>the message about a file shown while reading (None when none is open)</extracomment>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Edit the text (Ctrl+E switches)</source>
            <translation>Den Text bearbeiten (Strg+E wechselt)</translation>
        </message>
        <message>
            <source>See the text formatted (Ctrl+E switches)</source>
            <translation>Den Text formatiert ansehen (Strg+E wechselt)</translation>
        </message>
        <message>
            <source>Switch between writing and reading</source>
            <translation>Zwischen Schreiben und Lesen wechseln</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Verlauf …</translation>
        </message>
        <message>
            <source>Earlier versions of this entry</source>
            <translation>Frühere Fassungen dieses Eintrags</translation>
        </message>
        <message>
            <source>Earlier versions of this entry, to compare or restore (Ctrl+H)</source>
            <translation>Frühere Fassungen dieses Eintrags, zum Vergleichen oder Wiederherstellen (Strg+H)</translation>
        </message>
        <message>
            <source>Need a prompt?</source>
            <translation>Brauchst du einen Anstoß?</translation>
        </message>
        <message>
            <source>Questions that can help you start writing</source>
            <translation>Fragen, die dir beim Losschreiben helfen können</translation>
        </message>
        <message>
            <source>Private: never leaves Companion</source>
            <translation>Privat: verlässt Companion nie</translation>
        </message>
        <message>
            <source>Private entries are never included in anything you export or share.</source>
            <translation>Private Einträge sind nie in etwas enthalten, das du exportierst oder teilst.</translation>
        </message>
        <message>
            <source>Bring to my next session</source>
            <translation>Zum nächsten Gespräch mitnehmen</translation>
        </message>
        <message>
            <source>Puts this entry on the agenda for your next session.</source>
            <translation>Setzt diesen Eintrag auf die Agenda für dein nächstes Gespräch.</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Diesen Eintrag löschen</translation>
        </message>
        <message>
            <source>&amp;Mood</source>
            <translation>&amp;Stimmung</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Schlagwörter</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Not saved yet: Companion could not write to your journal. Your text is still here.</source>
            <translation>Noch nicht gespeichert: Companion konnte nicht in dein Tagebuch schreiben. Dein Text ist noch da.</translation>
        </message>
        <message>
            <source>Saved again: it was deleted on another computer</source>
            <translation>Wieder gespeichert: Er wurde auf einem anderen Computer gelöscht</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Files in this entry</source>
            <translation>Dateien in diesem Eintrag</translation>
        </message>
        <message>
            <source>New entry · %1</source>
            <translation>Neuer Eintrag · %1</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <source>Could not keep this version; please try again.</source>
            <translation>Diese Fassung konnte nicht behalten werden; bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>This version is kept</source>
            <translation>Diese Fassung bleibt</translation>
        </message>
        <message numerus="yes">
            <source>At most %n [character|characters]</source>
            <translation>
                <numerusform>Höchstens %n Zeichen</numerusform>
                <numerusform>Höchstens %n Zeichen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This entry has %Ln [character|characters], more than the %1 an entry can hold, so it is not saved. Everything you wrote stays here, and it saves again as soon as it is shorter: you could move part of it into a new entry.</source>
            <translation>
                <numerusform>Dieser Eintrag hat %Ln Zeichen, mehr als die %1, die ein Eintrag fassen kann, deshalb wird er nicht gespeichert. Alles, was du geschrieben hast, bleibt hier, und er wird wieder gespeichert, sobald er kürzer ist: Du könntest einen Teil in einen neuen Eintrag verschieben.</numerusform>
                <numerusform>Dieser Eintrag hat %Ln Zeichen, mehr als die %1, die ein Eintrag fassen kann, deshalb wird er nicht gespeichert. Alles, was du geschrieben hast, bleibt hier, und er wird wieder gespeichert, sobald er kürzer ist: Du könntest einen Teil in einen neuen Eintrag verschieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryFiles</name>
        <message>
            <source>Pasted picture %1.png</source>
            <extracomment>the entry's files were read again adding started (True) or ended (False), with what to say meanwhile something to tell the client (text, whether it is a problem) a file was taken off the entry: the view offers Undo (RemovedAttachment) files were added (the Outcome), for whoever wants to say so how many adds are under way bumped when Companion locks: work started before is no longer wanted bumped each time another entry is shown (not when a new one is saved) asked before files are added: save what is on screen; False when it could not be saved (the editor says why) asked once files passed their checks and the entry shown is new: store it now (even with nothing written) and give its id; None when it could not be saved the widget dialogs and messages belong to</extracomment>
            <translation>Eingefügtes Bild %1.png</translation>
        </message>
        <message>
            <source>The files were not added, because another entry was opened.</source>
            <translation>Die Dateien wurden nicht hinzugefügt, weil inzwischen ein anderer Eintrag geöffnet wurde.</translation>
        </message>
        <message>
            <source>The files were not added: the entry was deleted meanwhile.</source>
            <translation>Die Dateien wurden nicht hinzugefügt: Der Eintrag wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Companion could not write to your journal, so some files were not added.</source>
            <translation>Companion konnte nicht in dein Tagebuch schreiben, darum wurden einige Dateien nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>Something went wrong, so some files were not added.</source>
            <translation>Etwas ist schiefgegangen, darum wurden einige Dateien nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>The files were not added, because this entry could not be saved yet. See the message above.</source>
            <translation>Die Dateien wurden nicht hinzugefügt, weil dieser Eintrag noch nicht gespeichert werden konnte. Sieh dir die Meldung oben an.</translation>
        </message>
        <message>
            <source>Adding the file…</source>
            <translation>Datei wird hinzugefügt…</translation>
        </message>
        <message>
            <source>This computer has no app to open “%1”. You can save a copy instead.</source>
            <translation>Auf diesem Computer gibt es keine App, die „%1“ öffnet. Du kannst stattdessen eine Kopie speichern.</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>„%1“ konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Eine Kopie speichern</translation>
        </message>
        <message>
            <source>A copy of “%1” is saved.</source>
            <translation>Eine Kopie von „%1“ ist gespeichert.</translation>
        </message>
        <message>
            <source>The copy could not be saved there. Check that the folder exists and that you may write to it.</source>
            <translation>Die Kopie konnte dort nicht gespeichert werden. Sieh nach, ob der Ordner da ist und ob du dort speichern darfst.</translation>
        </message>
        <message>
            <source>Companion could not remove the file. Please try again.</source>
            <translation>Companion konnte die Datei nicht herausnehmen. Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>That file can no longer be brought back.</source>
            <translation>Diese Datei kann nicht mehr zurückgeholt werden.</translation>
        </message>
        <message>
            <source>Companion could not bring the file back.</source>
            <translation>Companion konnte die Datei nicht zurückholen.</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n [file|files]…</source>
            <translation>
                <numerusform>%n Datei wird hinzugefügt…</numerusform>
                <numerusform>%n Dateien werden hinzugefügt…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [file was|files were] not added:</source>
            <translation>
                <numerusform>%n Datei wurde nicht hinzugefügt:</numerusform>
                <numerusform>%n Dateien wurden nicht hinzugefügt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…und %n weitere.</numerusform>
                <numerusform>…und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [file|files] added.</source>
            <translation>
                <numerusform>%n Datei hinzugefügt.</numerusform>
                <numerusform>%n Dateien hinzugefügt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message>
            <source>Untitled entry</source>
            <translation>Eintrag ohne Titel</translation>
        </message>
        <message>
            <source>mood %1 of 10</source>
            <translation>Stimmung %1 von 10</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>for next session</source>
            <translation>fürs nächste Gespräch</translation>
        </message>
    </context>
    <context>
        <name>ExportSummaryDialog</name>
        <message>
            <source>Summary for my next session</source>
            <extracomment>the chosen pictures, ready for print, kept while the dialog is open</extracomment>
            <translation>Zusammenfassung für mein nächstes Gespräch</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>Only the first paragraph of each entry</source>
            <translation>Nur der erste Absatz jedes Eintrags</translation>
        </message>
        <message>
            <source>Mark these feedback notes as shared now</source>
            <translation>Diese Feedback-Notizen jetzt als geteilt markieren</translation>
        </message>
        <message>
            <source>Or leave it: after the session, the notes you write about it ask whether you shared them.</source>
            <translation>Oder lass es: Nach dem Gespräch fragen deine Notizen dazu, ob du sie geteilt hast.</translation>
        </message>
        <message>
            <source>Private entries are never offered here, and the safety plan stays in the app.</source>
            <translation>Private Einträge werden hier nie angeboten, und der Krisenplan bleibt in der App.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Dateiformat</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Webseite (HTML)</translation>
        </message>
        <message>
            <source>Markdown (charts as PNG files beside it)</source>
            <translation>Markdown (Diagramme als PNG-Dateien daneben)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <extracomment>counts the pictures being made ready on a worker thread (the latest one counts)</extracomment>
            <translation>&amp;Für</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>&amp;What to share</source>
            <translation>&amp;Was du teilen möchtest</translation>
        </message>
        <message>
            <source>Preview: exactly what the file will contain</source>
            <translation>Vorschau: genau das, was die Datei enthalten wird</translation>
        </message>
        <message>
            <source>Getting the pictures ready…</source>
            <translation>Die Bilder werden vorbereitet …</translation>
        </message>
        <message>
            <source>The feedback notes are marked as shared.</source>
            <translation>Die Feedback-Notizen sind als geteilt markiert.</translation>
        </message>
        <message>
            <source>After your session, the notes about it will ask whether you shared the feedback notes.</source>
            <translation>Nach deinem Gespräch fragen deine Notizen dazu, ob du die Feedback-Notizen geteilt hast.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Webseite (*.html)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>zusammenfassung</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>Die Zusammenfassung speichern</translation>
        </message>
        <message>
            <source>The summary could not be saved (%1). Nothing was changed.</source>
            <translation>Die Zusammenfassung konnte nicht gespeichert werden (%1). Es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Something I appreciate</source>
            <translation>Etwas, das ich schätze</translation>
        </message>
        <message>
            <source>A concern</source>
            <translation>Ein Anliegen</translation>
        </message>
        <message>
            <source>A request</source>
            <translation>Eine Bitte</translation>
        </message>
        <message>
            <source>A question</source>
            <translation>Eine Frage</translation>
        </message>
        <message>
            <source>Appreciation</source>
            <translation>Wertschätzung</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Bitte</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Draft, just for me</source>
            <translation>Entwurf, nur für mich</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Bereit zum Teilen</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Geteilt</translation>
        </message>
        <message>
            <source>Talked about</source>
            <translation>Besprochen</translation>
        </message>
        <message>
            <source>What helped, or what you were glad about…</source>
            <translation>Was geholfen hat oder worüber du froh warst…</translation>
        </message>
        <message>
            <source>What didn't feel right? "Help me phrase this" below can get you started.</source>
            <translation>Was hat sich nicht gut angefühlt? „Hilf mir beim Formulieren“ unten kann dir den Anfang erleichtern.</translation>
        </message>
        <message>
            <source>What would you like to do differently, or more of…</source>
            <translation>Was möchtest du anders haben, oder mehr davon…</translation>
        </message>
        <message>
            <source>What would you like to ask…</source>
            <translation>Was möchtest du fragen…</translation>
        </message>
        <message>
            <source>It's fine to tell your counselor what helps and what doesn't, including small things. Most counselors welcome feedback: it helps them help you. Your notes stay here, private, until you decide to share them.</source>
            <translation>Es ist in Ordnung, deiner Berater:in zu sagen, was hilft und was nicht, auch bei kleinen Dingen. Die meisten Berater:innen freuen sich über Feedback: Es hilft ihnen, dir zu helfen. Deine Notizen bleiben hier, privat, bis du dich entscheidest, sie zu teilen.</translation>
        </message>
        <message>
            <source>About feedback</source>
            <translation>Über Feedback</translation>
        </message>
        <message>
            <source>Show notes for counselor</source>
            <translation>Notizen für Berater:in zeigen</translation>
        </message>
        <message>
            <source>Show notes by status</source>
            <translation>Notizen nach Status zeigen</translation>
        </message>
        <message>
            <source>All notes</source>
            <translation>Alle Notizen</translation>
        </message>
        <message>
            <source>Not yet shared</source>
            <translation>Noch nicht geteilt</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Neue Notiz</translation>
        </message>
        <message>
            <source>New feedback note</source>
            <translation>Neue Feedback-Notiz</translation>
        </message>
        <message>
            <source>Start a new note (Alt+N)</source>
            <translation>Eine neue Notiz beginnen (Alt+N)</translation>
        </message>
        <message>
            <source>Feedback notes</source>
            <translation>Feedback-Notizen</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Art der Notiz</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>About which session</source>
            <translation>Zu welchem Gespräch</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>&amp;Help me phrase this…</source>
            <translation>&amp;Hilf mir beim Formulieren…</translation>
        </message>
        <message>
            <source>Help me phrase this</source>
            <translation>Hilf mir beim Formulieren</translation>
        </message>
        <message>
            <source>Sentence starters that make a concern easier to say</source>
            <translation>Satzanfänge, mit denen sich ein Anliegen leichter aussprechen lässt</translation>
        </message>
        <message>
            <source>Status of the note</source>
            <translation>Status der Notiz</translation>
        </message>
        <message>
            <source>Notes ready to share are added to the agenda of your next session.</source>
            <translation>Notizen, die bereit zum Teilen sind, kommen auf die Agenda deines nächsten Gesprächs.</translation>
        </message>
        <message>
            <source>Save this note</source>
            <translation>Diese Notiz speichern</translation>
        </message>
        <message>
            <source>Delete this note</source>
            <translation>Diese Notiz löschen</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Für</translation>
        </message>
        <message>
            <source>Ab&amp;out</source>
            <translation>Zu &amp;welchem</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>No notes with these choices.</source>
            <translation>Keine Notizen mit dieser Auswahl.</translation>
        </message>
        <message>
            <source>No notes yet.

Something that helped, something that didn't feel right, a wish or a question: write it down while it is fresh.</source>
            <translation>Noch keine Notizen.

Etwas, das geholfen hat, etwas, das sich nicht gut angefühlt hat, ein Wunsch oder eine Frage: Schreib es auf, solange es frisch ist.</translation>
        </message>
        <message>
            <source>This note was deleted meanwhile.</source>
            <translation>Diese Notiz wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Saved. It will be on the agenda of your next session.</source>
            <translation>Gespeichert. Sie steht auf der Agenda deines nächsten Gesprächs.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Delete this note?</source>
            <translation>Diese Notiz löschen?</translation>
        </message>
        <message>
            <source>Delete this note? This can't be undone.</source>
            <translation>Diese Notiz löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>A new note</source>
            <translation>Eine neue Notiz</translation>
        </message>
        <message>
            <source>No particular session</source>
            <translation>Kein bestimmtes Gespräch</translation>
        </message>
        <message>
            <source>Session on %1</source>
            <translation>Gespräch am %1</translation>
        </message>
        <message>
            <source>An earlier session</source>
            <translation>Ein früheres Gespräch</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Companion</source>
            <extracomment>the page Back leads to from each page that has it</extracomment>
            <translation>Willkommen bei Companion</translation>
        </message>
        <message>
            <source>Message</source>
            <extracomment>what the first sync round of a journal brought from another computer did</extracomment>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Companion is a private place for the time between your counseling sessions. Write down what happens, what you would like to talk about, and how the sessions feel to you, so that less gets lost before you sit down again.</source>
            <translation>Companion ist ein privater Ort für die Zeit zwischen deinen Beratungsgesprächen. Schreib auf, was passiert, worüber du sprechen möchtest und wie sich die Gespräche für dich anfühlen, damit weniger verloren geht, bevor ihr euch wieder zusammensetzt.</translation>
        </message>
        <message>
            <source>Everything you write stays on this computer, encrypted. Companion never sends anything over the internet. Only you decide what to export or share.</source>
            <translation>Alles, was du schreibst, bleibt verschlüsselt auf diesem Computer. Companion sendet nie etwas über das Internet. Nur du entscheidest, was du exportierst oder teilst.</translation>
        </message>
        <message>
            <source>Companion is not a replacement for care, and it is not for emergencies. If you are in danger or in crisis, call your local emergency number or a crisis line.</source>
            <translation>Companion ersetzt keine Behandlung und ist nicht für Notfälle gedacht. Wenn du in Gefahr oder in einer Krise bist, ruf den Notruf (112) oder eine Krisenhotline an, zum Beispiel die Telefonseelsorge.</translation>
        </message>
        <message>
            <source>How would you like to begin?</source>
            <translation>Wie möchtest du beginnen?</translation>
        </message>
        <message>
            <source>Start a new journal</source>
            <translation>Ein neues Tagebuch beginnen</translation>
        </message>
        <message>
            <source>I already use Companion on another computer</source>
            <translation>Ich nutze Companion schon auf einem anderen Computer</translation>
        </message>
        <message>
            <source>Bring your journal here through the folder your sync program keeps the same on both computers. You will need your recovery key.</source>
            <translation>Hol dein Tagebuch über den Ordner hierher, den dein Sync-Programm auf beiden Computern gleich hält. Dafür brauchst du deinen Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>How should Companion open?</source>
            <translation>Wie soll Companion sich öffnen?</translation>
        </message>
        <message>
            <source>This computer gets its own way of opening your journal: the passphrase can be different from the one on your other computer.</source>
            <translation>Dieser Computer bekommt seinen eigenen Weg, dein Tagebuch zu öffnen: Die Passphrase kann eine andere sein als auf deinem anderen Computer.</translation>
        </message>
        <message>
            <source>Open with this computer's keychain</source>
            <translation>Mit dem Schlüsselbund dieses Computers öffnen</translation>
        </message>
        <message>
            <source>Companion opens without asking while you are logged in. Your journal is protected if the computer is lost or someone copies the files, but anyone who can use your computer account can open it. (Keychain: %1)</source>
            <translation>Companion öffnet sich ohne Nachfrage, solange du angemeldet bist. Dein Tagebuch ist geschützt, wenn der Computer verloren geht oder jemand die Dateien kopiert, aber jede Person, die dein Benutzerkonto nutzen kann, kann es öffnen. (Schlüsselbund: %1)</translation>
        </message>
        <message>
            <source>%1 Companion will ask for a passphrase instead.</source>
            <translation>%1 Companion fragt stattdessen nach einer Passphrase.</translation>
        </message>
        <message>
            <source>Ask for a passphrase</source>
            <translation>Nach einer Passphrase fragen</translation>
        </message>
        <message>
            <source>A passphrase also protects your journal from people who can use your computer account. If you forget it, only your recovery key can open the journal.</source>
            <translation>Eine Passphrase schützt dein Tagebuch auch vor Menschen, die dein Benutzerkonto nutzen können. Wenn du sie vergisst, kann nur dein Wiederherstellungsschlüssel das Tagebuch öffnen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Dein Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>If you forget your passphrase, move to a new computer, or the keychain is lost, this key is the only way into your journal. Write it down, print it, or save it somewhere safe away from this computer. You can see it again later in Settings while Companion is unlocked.</source>
            <translation>Wenn du deine Passphrase vergisst, auf einen neuen Computer umziehst oder der Schlüsselbund verloren geht, ist dieser Schlüssel der einzige Weg in dein Tagebuch. Schreib ihn auf, druck ihn aus oder speichere ihn an einem sicheren Ort, nicht auf diesem Computer. Du kannst ihn später in den Einstellungen wieder ansehen, solange Companion entsperrt ist.</translation>
        </message>
        <message>
            <source>Check your copy</source>
            <translation>Prüfe deine Abschrift</translation>
        </message>
        <message>
            <source>To be sure your copy is right, type these two groups of your recovery key. Go back if you need to see it again.</source>
            <translation>Damit du sicher sein kannst, dass deine Abschrift stimmt, tippe diese zwei Gruppen deines Wiederherstellungsschlüssels ab. Geh zurück, wenn du ihn noch einmal sehen musst.</translation>
        </message>
        <message>
            <source>Start writing</source>
            <translation>Mit dem Schreiben beginnen</translation>
        </message>
        <message>
            <source>How should Companion open on this computer?</source>
            <translation>Wie soll Companion sich auf diesem Computer öffnen?</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen sind nicht gleich.</translation>
        </message>
        <message>
            <source>Setting up your encrypted journal…</source>
            <translation>Dein verschlüsseltes Tagebuch wird eingerichtet…</translation>
        </message>
        <message>
            <source>Companion could not set up your journal. Nothing was saved. Please try again.</source>
            <translation>Companion konnte dein Tagebuch nicht einrichten. Es wurde nichts gespeichert. Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Bringing your journal here was stopped, and nothing of it was kept on this computer. You can try again whenever you like.</source>
            <translation>Das Herholen deines Tagebuchs wurde angehalten, und nichts davon wurde auf diesem Computer gespeichert. Du kannst es noch einmal versuchen, wann immer du magst.</translation>
        </message>
        <message>
            <source>Nothing was kept on this computer.</source>
            <translation>Auf diesem Computer wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Companion could not bring your journal here. Nothing was kept on this computer. Please try again.</source>
            <translation>Companion konnte dein Tagebuch nicht hierherholen. Auf diesem Computer wurde nichts gespeichert. Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Please keep a copy of your recovery key first.</source>
            <translation>Bitte bewahre zuerst eine Abschrift deines Wiederherstellungsschlüssels auf.</translation>
        </message>
        <message numerus="yes">
            <source>Please choose a passphrase of at least %n [character|characters]. A few unrelated words work well.</source>
            <translation>
                <numerusform>Bitte wähle eine Passphrase mit mindestens %n Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</numerusform>
                <numerusform>Bitte wähle eine Passphrase mit mindestens %n Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>%1–%2</source>
            <extracomment>A weekday at the start or end of a date pattern, with the separators that go with it. A quoted literal in a Qt date pattern ('de' in Spanish); left alone when abbreviating.</extracomment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>a date (%1) and a time (%2)</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>a month (%1) and its year (%2)</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <extracomment>the time (%1) in the place (%2) a session was planned in</extracomment>
            <translation>%1 in %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a session's time here (%1) and where it was planned (%2, '17:00 in Berlin')</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Heute, %1</translation>
        </message>
        <message>
            <source>Tomorrow, %1</source>
            <translation>Morgen, %1</translation>
        </message>
        <message>
            <source>Yesterday, %1</source>
            <translation>Gestern, %1</translation>
        </message>
        <message>
            <source>Planned in %1 time: %2 there. Times are shown on this computer's clock.</source>
            <translation>Geplant nach der Zeit von %1: dort %2. Uhrzeiten werden nach der Uhr dieses Computers angezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>in %n [day|days]</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [day|days] ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n [week|weeks]</source>
            <translation>
                <numerusform>in %n Woche</numerusform>
                <numerusform>in %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [week|weeks] ago</source>
            <translation>
                <numerusform>vor %n Woche</numerusform>
                <numerusform>vor %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n [month|months]</source>
            <translation>
                <numerusform>in %n Monat</numerusform>
                <numerusform>in %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [month|months] ago</source>
            <translation>
                <numerusform>vor %n Monat</numerusform>
                <numerusform>vor %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n [year|years]</source>
            <translation>
                <numerusform>in %n Jahr</numerusform>
                <numerusform>in %n Jahren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [year|years] ago</source>
            <translation>
                <numerusform>vor %n Jahr</numerusform>
                <numerusform>vor %n Jahren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>Something I hope for</source>
            <translation>Etwas, das ich mir erhoffe</translation>
        </message>
        <message>
            <source>A goal</source>
            <translation>Ein Ziel</translation>
        </message>
        <message>
            <source>Not talked about yet</source>
            <translation>Noch nicht besprochen</translation>
        </message>
        <message>
            <source>Agreed with my counselor</source>
            <translation>Mit meiner Berater:in vereinbart</translation>
        </message>
        <message>
            <source>Changed together</source>
            <translation>Gemeinsam geändert</translation>
        </message>
        <message>
            <source>Working on it</source>
            <translation>Ich arbeite daran</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Let go</source>
            <translation>Losgelassen</translation>
        </message>
        <message>
            <source>What do you hope to get from counseling, and what would you like to work towards? Writing it down makes it easier to talk about. Goals may change along the way, and that is fine.</source>
            <translation>Was erhoffst du dir von der Beratung, und worauf möchtest du hinarbeiten? Wenn du es aufschreibst, fällt es leichter, darüber zu sprechen. Ziele dürfen sich unterwegs ändern, und das ist in Ordnung.</translation>
        </message>
        <message>
            <source>Show goals for counselor</source>
            <translation>Ziele für Berater:in zeigen</translation>
        </message>
        <message>
            <source>Show &amp;achieved and let go</source>
            <translation>&amp;Erreichte und losgelassene zeigen</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Neues Ziel</translation>
        </message>
        <message>
            <source>New goal or expectation</source>
            <translation>Neues Ziel oder neue Erwartung</translation>
        </message>
        <message>
            <source>Write down a new hope or goal (Alt+N)</source>
            <translation>Eine neue Hoffnung oder ein neues Ziel aufschreiben (Alt+N)</translation>
        </message>
        <message>
            <source>Expectations and goals</source>
            <translation>Erwartungen und Ziele</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>For example: Sleep through most nights</source>
            <translation>Zum Beispiel: Die meisten Nächte durchschlafen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Why it matters to you, what it would look like, small steps…</source>
            <translation>Warum es dir wichtig ist, wie es aussehen würde, kleine Schritte…</translation>
        </message>
        <message>
            <source>Talked about with my counselor</source>
            <translation>Mit meiner Berater:in besprochen</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Wo es steht</translation>
        </message>
        <message>
            <source>Letting go of a goal is a choice too: needs and plans change.</source>
            <translation>Ein Ziel loszulassen ist auch eine Entscheidung: Bedürfnisse und Pläne ändern sich.</translation>
        </message>
        <message>
            <source>Save this goal</source>
            <translation>Dieses Ziel speichern</translation>
        </message>
        <message>
            <source>Delete this goal</source>
            <translation>Dieses Ziel löschen</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Für</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Ta&amp;lked about</source>
            <translation>Bes&amp;prochen</translation>
        </message>
        <message>
            <source>&amp;Where it stands</source>
            <translation>&amp;Wo es steht</translation>
        </message>
        <message>
            <source>How close do I feel?</source>
            <translation>Wie nah fühle ich mich?</translation>
        </message>
        <message>
            <source>0 is just starting out, 10 is fully there. A rough feeling is enough.</source>
            <translation>0 heißt gerade erst angefangen, 10 heißt ganz angekommen. Ein grobes Gefühl reicht.</translation>
        </message>
        <message>
            <source>Ratings so far</source>
            <translation>Bisherige Einschätzungen</translation>
        </message>
        <message>
            <source>How close I feel</source>
            <translation>Wie nah ich mich fühle</translation>
        </message>
        <message>
            <source>Date of the rating</source>
            <translation>Datum der Einschätzung</translation>
        </message>
        <message>
            <source>After which session</source>
            <translation>Nach welchem Gespräch</translation>
        </message>
        <message>
            <source>Short note with the rating</source>
            <translation>Kurze Notiz zur Einschätzung</translation>
        </message>
        <message>
            <source>A short note, if you like</source>
            <translation>Eine kurze Notiz, wenn du magst</translation>
        </message>
        <message>
            <source>Add &amp;rating</source>
            <translation>Einschätzung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add this rating</source>
            <translation>Diese Einschätzung hinzufügen</translation>
        </message>
        <message>
            <source>Remove rating</source>
            <translation>Einschätzung entfernen</translation>
        </message>
        <message>
            <source>Remove the chosen rating</source>
            <translation>Die gewählte Einschätzung entfernen</translation>
        </message>
        <message>
            <source>Remove the chosen rating (Delete)</source>
            <translation>Die gewählte Einschätzung entfernen (Entf)</translation>
        </message>
        <message>
            <source>&amp;How close</source>
            <translation>&amp;Wie nah</translation>
        </message>
        <message>
            <source>o&amp;n</source>
            <translation>a&amp;m</translation>
        </message>
        <message>
            <source>Once it is saved, you can note how close you feel to it over time.</source>
            <translation>Sobald es gespeichert ist, kannst du festhalten, wie nah du dich ihm mit der Zeit fühlst.</translation>
        </message>
        <message>
            <source>Nothing to show with these choices. Try all counselors.</source>
            <translation>Mit dieser Auswahl gibt es nichts zu zeigen. Probier „Alle Berater:innen“.</translation>
        </message>
        <message>
            <source>No hopes or goals written down yet.

What would you like to be different? It can be small, and it can be vague for now.</source>
            <translation>Noch keine Hoffnungen oder Ziele aufgeschrieben.

Was soll anders werden? Es darf klein sein, und es darf vorerst vage bleiben.</translation>
        </message>
        <message>
            <source>feels like %1 of 10</source>
            <translation>fühlt sich an wie %1 von 10</translation>
        </message>
        <message>
            <source>This goal was deleted meanwhile.</source>
            <translation>Dieses Ziel wurde inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>Delete this goal?</source>
            <translation>Dieses Ziel löschen?</translation>
        </message>
        <message>
            <source>Delete it together with its ratings? This can't be undone. If it simply no longer fits, you can also mark it as let go and keep its history.</source>
            <translation>Zusammen mit seinen Einschätzungen löschen? Das lässt sich nicht rückgängig machen. Wenn es einfach nicht mehr passt, kannst du es auch als losgelassen markieren und seinen Verlauf behalten.</translation>
        </message>
        <message>
            <source>A new hope or goal</source>
            <translation>Eine neue Hoffnung oder ein neues Ziel</translation>
        </message>
        <message>
            <source>Not after a particular session</source>
            <translation>Nicht nach einem bestimmten Gespräch</translation>
        </message>
        <message>
            <source>After %1</source>
            <translation>Nach %1</translation>
        </message>
        <message>
            <source>%1 · %2 of 10</source>
            <translation>%1 · %2 von 10</translation>
        </message>
        <message>
            <source>after a session</source>
            <translation>nach einem Gespräch</translation>
        </message>
        <message>
            <source>No ratings yet. Add the first one above.</source>
            <translation>Noch keine Einschätzungen. Füge oben die erste hinzu.</translation>
        </message>
        <message>
            <source>Choose how close you feel, from 0 to 10, first.</source>
            <translation>Wähle zuerst, wie nah du dich fühlst, von 0 bis 10.</translation>
        </message>
        <message>
            <source>Rating added.</source>
            <translation>Einschätzung hinzugefügt.</translation>
        </message>
        <message>
            <source>Rating removed.</source>
            <translation>Einschätzung entfernt.</translation>
        </message>
        <message>
            <source>Undo removing the rating</source>
            <translation>Entfernen der Einschätzung rückgängig machen</translation>
        </message>
        <message>
            <source>Rating restored.</source>
            <translation>Einschätzung wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of this entry</source>
            <translation>Verlauf dieses Eintrags</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Frühere Fassungen</translation>
        </message>
        <message>
            <source>The other version (changed on two computers)</source>
            <translation>Die andere Fassung (auf zwei Computern geändert)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Saved %1, replaced %2</source>
            <translation>Gespeichert %1, ersetzt %2</translation>
        </message>
        <message>
            <source>Differences from the text now</source>
            <translation>Unterschiede zum jetzigen Text</translation>
        </message>
        <message>
            <source>Show the &amp;whole text</source>
            <translation>Den &amp;ganzen Text zeigen</translation>
        </message>
        <message>
            <source>Every line, not only what changed</source>
            <translation>Jede Zeile, nicht nur was sich geändert hat</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>Diese Fassung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>The text now is kept as a version too, and Undo brings it back.</source>
            <translation>Der jetzige Text wird ebenfalls als Fassung aufbewahrt, und Rückgängig bringt ihn zurück.</translation>
        </message>
        <message>
            <source>You chose to keep no history, so earlier versions are not kept. You can change that in Settings.</source>
            <translation>Du hast gewählt, keinen Verlauf aufzubewahren, deshalb werden frühere Fassungen nicht behalten. Das kannst du in den Einstellungen ändern.</translation>
        </message>
        <message numerus="yes">
            <source>Each time this entry is saved, what it said before is kept here, encrypted, for %n [day|days]. Choose a version to see how it differs from the text now.</source>
            <translation>
                <numerusform>Jedes Mal, wenn dieser Eintrag gespeichert wird, wird hier verschlüsselt %n Tag lang aufbewahrt, was vorher darin stand. Wähle eine Fassung, um zu sehen, wie sie sich vom jetzigen Text unterscheidet.</numerusform>
                <numerusform>Jedes Mal, wenn dieser Eintrag gespeichert wird, wird hier verschlüsselt für %n Tage aufbewahrt, was vorher darin stand. Wähle eine Fassung, um zu sehen, wie sie sich vom jetzigen Text unterscheidet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No earlier versions yet. Once you change this entry, what it said before is kept here for %n [day|days].</source>
            <translation>
                <numerusform>Noch keine früheren Fassungen. Sobald du diesen Eintrag änderst, wird hier %n Tag lang aufbewahrt, was vorher darin stand.</numerusform>
                <numerusform>Noch keine früheren Fassungen. Sobald du diesen Eintrag änderst, wird hier für %n Tage aufbewahrt, was vorher darin stand.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryRetentionBox</name>
        <message>
            <source>Keep entry history for</source>
            <translation>Verlauf der Einträge aufbewahren für</translation>
        </message>
        <message>
            <source>Earlier versions of your journal entries and entries you deleted are kept this long, encrypted like everything else, so that you can bring them back.</source>
            <translation>Frühere Fassungen deiner Einträge und gelöschte Einträge werden so lange aufbewahrt, verschlüsselt wie alles andere, damit du sie zurückholen kannst.</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>Keep no history</source>
            <translation>Keinen Verlauf aufbewahren</translation>
        </message>
        <message>
            <source>Keep no history?</source>
            <translation>Keinen Verlauf aufbewahren?</translation>
        </message>
        <message>
            <source>Earlier versions of your entries and the entries in Recently deleted will be removed for good, now and from now on. Entries you delete can then be brought back only with Undo, right after deleting.

Keep no history?</source>
            <translation>Frühere Fassungen deiner Einträge und die Einträge unter Zuletzt gelöscht werden endgültig entfernt, jetzt und von nun an. Gelöschte Einträge lassen sich dann nur noch mit Rückgängig zurückholen, gleich nach dem Löschen.

Keinen Verlauf aufbewahren?</translation>
        </message>
        <message numerus="yes">
            <source>%n [day|days]</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Since your last session</source>
            <translation>Seit deinem letzten Gespräch</translation>
        </message>
        <message>
            <source>Home message</source>
            <translation>Meldung auf der Startseite</translation>
        </message>
        <message>
            <source>Welcome to Companion</source>
            <translation>Willkommen bei Companion</translation>
        </message>
        <message>
            <source>This is your private space between counseling sessions: to note what moves you, to prepare what you want to bring, and to see how the sessions feel over time. Everything stays encrypted on this computer.</source>
            <translation>Das ist dein privater Ort zwischen den Beratungsgesprächen: um festzuhalten, was dich bewegt, vorzubereiten, was du ansprechen möchtest, und zu sehen, wie sich die Gespräche mit der Zeit anfühlen. Alles bleibt verschlüsselt auf diesem Computer.</translation>
        </message>
        <message>
            <source>Add your counselor</source>
            <translation>Berater:in hinzufügen</translation>
        </message>
        <message>
            <source>Write your first entry</source>
            <translation>Ersten Eintrag schreiben</translation>
        </message>
        <message>
            <source>Note your hopes</source>
            <translation>Erwartungen notieren</translation>
        </message>
        <message>
            <source>Add the counselor you see, then plan your sessions or import them.</source>
            <translation>Füge deine Berater:in hinzu, dann plane deine Gespräche oder importiere sie.</translation>
        </message>
        <message>
            <source>A few lines about how you are. Nobody else reads them.</source>
            <translation>Ein paar Zeilen dazu, wie es dir geht. Niemand sonst liest sie.</translation>
        </message>
        <message>
            <source>What do you hope counseling will change? You can share it when ready.</source>
            <translation>Was soll sich durch die Beratung verändern? Du kannst es teilen, wenn du so weit bist.</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Nächstes Gespräch</translation>
        </message>
        <message>
            <source>Open the agenda</source>
            <translation>Agenda öffnen</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Alle Gespräche</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>How heard, respected and supported did you feel? (under a minute)</source>
            <translation>Wie gehört, respektiert und unterstützt hast du dich gefühlt? (unter einer Minute)</translation>
        </message>
        <message>
            <source>Notes after the session</source>
            <translation>Notizen zum Gespräch</translation>
        </message>
        <message>
            <source>Plan what to bring</source>
            <translation>Agenda vorbereiten</translation>
        </message>
        <message>
            <source>Plan your next session</source>
            <translation>Nächstes Gespräch planen</translation>
        </message>
        <message>
            <source>Write an entry</source>
            <translation>Einen Eintrag schreiben</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Nothing needs doing now. Whenever you like, write a few lines.</source>
            <translation>Gerade ist nichts zu tun. Wann immer du magst, schreib ein paar Zeilen.</translation>
        </message>
        <message>
            <source>How the sessions felt</source>
            <translation>Wie sich die Gespräche anfühlten</translation>
        </message>
        <message>
            <source>More in Insights</source>
            <translation>Mehr unter Einblicke</translation>
        </message>
        <message>
            <source>Mood since your last session</source>
            <translation>Stimmung seit deinem letzten Gespräch</translation>
        </message>
        <message>
            <source>Recent entries</source>
            <translation>Letzte Einträge</translation>
        </message>
        <message>
            <source>Nothing written yet. Whatever is on your mind is a good start.</source>
            <translation>Noch nichts geschrieben. Was dich gerade beschäftigt, ist ein guter Anfang.</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>Kein Gespräch geplant</translation>
        </message>
        <message>
            <source>When you have a date, add it here to prepare for it.</source>
            <translation>Sobald du einen Termin hast, trag ihn ein, um dich darauf vorzubereiten.</translation>
        </message>
        <message>
            <source>Add your counselor to plan your sessions.</source>
            <translation>Füge deine Berater:in hinzu, um deine Gespräche zu planen.</translation>
        </message>
        <message>
            <source>with %1, %2</source>
            <translation>mit %1, %2</translation>
        </message>
        <message>
            <source>Nothing on the agenda yet.</source>
            <translation>Noch nichts auf der Agenda.</translation>
        </message>
        <message>
            <source>Add to the agenda</source>
            <translation>Zur Agenda hinzufügen</translation>
        </message>
        <message>
            <source>No session yet.</source>
            <translation>Noch kein Gespräch.</translation>
        </message>
        <message>
            <source>Last session %1, with %2</source>
            <translation>Letztes Gespräch %1, mit %2</translation>
        </message>
        <message>
            <source>%1, with %2</source>
            <translation>%1, mit %2</translation>
        </message>
        <message>
            <source>How did your session with %1 on %2 feel? A check-in takes under a minute.</source>
            <translation>Wie hat sich dein Gespräch mit %1 am %2 angefühlt? Ein Check-in dauert keine Minute.</translation>
        </message>
        <message>
            <source>Your session with %1 was %2. Note what you took from it while it is fresh.</source>
            <translation>Dein Gespräch mit %1 war %2. Halte fest, was du mitgenommen hast, solange es frisch ist.</translation>
        </message>
        <message>
            <source>Your session with %1 is %2, at %3. What would you like to bring?</source>
            <translation>Dein Gespräch mit %1 ist %2 um %3. Was möchtest du ansprechen?</translation>
        </message>
        <message>
            <source>No next session planned yet. When do you see your counselor again?</source>
            <translation>Noch kein nächstes Gespräch geplant. Wann siehst du deine Berater:in wieder?</translation>
        </message>
        <message>
            <source>Add the counselor you see, then plan your sessions.</source>
            <translation>Füge deine Berater:in hinzu, dann plane deine Gespräche.</translation>
        </message>
        <message>
            <source>Nothing written lately. A few lines are enough.</source>
            <translation>In letzter Zeit nichts geschrieben. Ein paar Zeilen genügen.</translation>
        </message>
        <message>
            <source>Nothing written since your last session. A few lines are enough.</source>
            <translation>Seit deinem letzten Gespräch nichts geschrieben. Ein paar Zeilen genügen.</translation>
        </message>
        <message>
            <source>After a few check-ins you will see here how heard, respected and supported you felt in your sessions.</source>
            <translation>Nach ein paar Check-ins siehst du hier, wie gehört, respektiert und unterstützt du dich in deinen Gesprächen gefühlt hast.</translation>
        </message>
        <message>
            <source>heard %1</source>
            <translation>gehört %1</translation>
        </message>
        <message>
            <source>respected %1</source>
            <translation>respektiert %1</translation>
        </message>
        <message>
            <source>supported %1</source>
            <translation>unterstützt %1</translation>
        </message>
        <message>
            <source>Last check-in: %1.</source>
            <translation>Letzter Check-in: %1.</translation>
        </message>
        <message>
            <source>no core ratings</source>
            <translation>keine Kernbewertungen</translation>
        </message>
        <message>
            <source>Mood over the last 30 days</source>
            <translation>Stimmung in den letzten 30 Tagen</translation>
        </message>
        <message>
            <source>No entries since then. Whenever you like.</source>
            <translation>Seitdem keine Einträge. Wann immer du magst.</translation>
        </message>
        <message>
            <source>mood %1</source>
            <translation>Stimmung %1</translation>
        </message>
        <message>
            <source>mood between %1 and %2</source>
            <translation>Stimmung zwischen %1 und %2</translation>
        </message>
        <message>
            <source>Nothing flagged for your next session.</source>
            <translation>Nichts fürs nächste Gespräch vorgemerkt.</translation>
        </message>
        <message>
            <source>(empty entry)</source>
            <translation>(leerer Eintrag)</translation>
        </message>
        <message>
            <source>for the next session</source>
            <translation>fürs nächste Gespräch</translation>
        </message>
        <message>
            <source>Feedback for your counselor: %1, %2.</source>
            <translation>Feedback für deine Berater:in: %1, %2.</translation>
        </message>
        <message>
            <source>No open feedback notes.</source>
            <translation>Keine offenen Feedback-Notizen.</translation>
        </message>
        <message>
            <source>ready to share</source>
            <translation>bereit zum Teilen</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>(empty note)</source>
            <translation>(leere Notiz)</translation>
        </message>
        <message>
            <source>No goals touched since then.</source>
            <translation>Seitdem keine Ziele bearbeitet.</translation>
        </message>
        <message>
            <source>Goals touched since then: %1.</source>
            <translation>Seitdem bearbeitete Ziele: %1.</translation>
        </message>
        <message>
            <source>%1 of 10</source>
            <translation>%1 von 10</translation>
        </message>
        <message numerus="yes">
            <source>%n [thing|things] to bring.</source>
            <translation>
                <numerusform>%n Punkt zum Ansprechen.</numerusform>
                <numerusform>%n Punkte zum Ansprechen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more in the agenda</source>
            <translation>
                <numerusform>…und %n weiterer Punkt in der Agenda</numerusform>
                <numerusform>…und %n weitere Punkte in der Agenda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Usual range over the last %n [check-in|check-ins]: %1 to %2 (shaded).</source>
            <translation>
                <numerusform>Üblicher Bereich in %n Check-in: %1 bis %2 (schattiert).</numerusform>
                <numerusform>Üblicher Bereich in den letzten %n Check-ins: %1 bis %2 (schattiert).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [entry|entries] since then</source>
            <translation>
                <numerusform>%n Eintrag seitdem</numerusform>
                <numerusform>%n Einträge seitdem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [entry|entries] flagged for your next session.</source>
            <translation>
                <numerusform>%n Eintrag für dein nächstes Gespräch markiert.</numerusform>
                <numerusform>%n Einträge für dein nächstes Gespräch markiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [draft|drafts]</source>
            <translation>
                <numerusform>%n Entwurf</numerusform>
                <numerusform>%n Entwürfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ready to share</source>
            <translation>
                <numerusform>%n bereit zum Teilen</numerusform>
                <numerusform>%n bereit zum Teilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from a calendar file</source>
            <translation>Aus einer Kalenderdatei importieren</translation>
        </message>
        <message>
            <source>Choose the calendar file (.ics) your practice sent. You will see what would be added before anything changes.</source>
            <translation>Wähle die Kalenderdatei (.ics), die deine Praxis geschickt hat. Du siehst, was hinzukommen würde, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>C&amp;hoose file…</source>
            <translation>Datei aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Choose a calendar file</source>
            <translation>Eine Kalenderdatei auswählen</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Noch keine Datei ausgewählt.</translation>
        </message>
        <message>
            <source>Chosen file</source>
            <translation>Ausgewählte Datei</translation>
        </message>
        <message>
            <source>How you meet</source>
            <translation>Wie ihr euch trefft</translation>
        </message>
        <message>
            <source>Also add appointments that are already over</source>
            <translation>Auch Termine hinzufügen, die schon vorbei sind</translation>
        </message>
        <message>
            <source>Also add past appointments</source>
            <translation>Auch vergangene Termine hinzufügen</translation>
        </message>
        <message>
            <source>Add to &amp;counselor</source>
            <translation>Hinzufügen zu &amp;Berater:in</translation>
        </message>
        <message>
            <source>&amp;How you meet</source>
            <translation>&amp;Wie ihr euch trefft</translation>
        </message>
        <message>
            <source>Appointments in the file</source>
            <translation>Termine in der Datei</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Was importiert wird</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Calendar files (*.ics *.ical *.icalendar);;All files (*)</source>
            <translation>Kalenderdateien (*.ics *.ical *.icalendar);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Companion could not read this file. Nothing was added.</source>
            <translation>Companion konnte diese Datei nicht lesen. Es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Already imported, skipped</source>
            <translation>Schon importiert, übersprungen</translation>
        </message>
        <message>
            <source>Already over, left out</source>
            <translation>Schon vorbei, ausgelassen</translation>
        </message>
        <message>
            <source>There is nothing new to add from this file.</source>
            <translation>Aus dieser Datei gibt es nichts Neues hinzuzufügen.</translation>
        </message>
        <message>
            <source>Some appointments repeat for a long time: only the most recent ones, up to a year ahead, are listed.</source>
            <translation>Manche Termine wiederholen sich sehr lange: Nur die nächstliegenden, bis zu einem Jahr im Voraus, werden aufgeführt.</translation>
        </message>
        <message numerus="yes">
            <source>%n [session|sessions] will be added.</source>
            <translation>
                <numerusform>%n Gespräch wird hinzugefügt.</numerusform>
                <numerusform>%n Gespräche werden hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [appointment comes|appointments come] from extra dates listed in the file.</source>
            <translation>
                <numerusform>%n Termin stammt aus zusätzlichen Daten, die in der Datei stehen.</numerusform>
                <numerusform>%n Termine stammen aus zusätzlichen Daten, die in der Datei stehen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [appointment was|appointments were] imported before and [is|are] skipped.</source>
            <translation>
                <numerusform>%n Termin wurde schon früher importiert und wird übersprungen.</numerusform>
                <numerusform>%n Termine wurden schon früher importiert und werden übersprungen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n all-day [event is|events are] left out (only appointments with a time are added).</source>
            <translation>
                <numerusform>%n ganztägiger Termin wird ausgelassen (nur Termine mit Uhrzeit werden hinzugefügt).</numerusform>
                <numerusform>%n ganztägige Termine werden ausgelassen (nur Termine mit Uhrzeit werden hinzugefügt).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled [appointment is|appointments are] left out.</source>
            <translation>
                <numerusform>%n abgesagter Termin wird ausgelassen.</numerusform>
                <numerusform>%n abgesagte Termine werden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [event|events] without a usable time [is|are] left out.</source>
            <translation>
                <numerusform>%n Termin ohne brauchbare Uhrzeit wird ausgelassen.</numerusform>
                <numerusform>%n Termine ohne brauchbare Uhrzeit werden ausgelassen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJournalDialog</name>
        <message>
            <source>Import from another journal app</source>
            <translation>Aus einer anderen Tagebuch-App importieren</translation>
        </message>
        <message>
            <source>Bring in entries you wrote in another app. First choose the app and its export; you will see what would come in before anything changes.</source>
            <translation>Hol Einträge herein, die du in einer anderen App geschrieben hast. Wähle zuerst die App und ihren Export; du siehst, was hereinkommen würde, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>The app the export is from</source>
            <translation>Die App, aus der der Export stammt</translation>
        </message>
        <message>
            <source>jrnl (JSON export)</source>
            <translation>jrnl (JSON-Export)</translation>
        </message>
        <message>
            <source>Day One (JSON export: .zip, folder or .json)</source>
            <translation>Day One (JSON-Export: .zip, Ordner oder .json)</translation>
        </message>
        <message>
            <source>Daylio (CSV export)</source>
            <translation>Daylio (CSV-Export)</translation>
        </message>
        <message>
            <source>Markdown or text files (.md, .txt)</source>
            <translation>Markdown- oder Textdateien (.md, .txt)</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>&amp;Datei auswählen…</translation>
        </message>
        <message>
            <source>Choose the exported file</source>
            <translation>Die exportierte Datei auswählen</translation>
        </message>
        <message>
            <source>Choose f&amp;older…</source>
            <translation>&amp;Ordner auswählen…</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Einen Ordner auswählen</translation>
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation>Noch nichts ausgewählt.</translation>
        </message>
        <message>
            <source>Chosen file</source>
            <translation>Ausgewählte Datei</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Aus</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Was importiert wird</translation>
        </message>
        <message>
            <source>&amp;Notes about this file</source>
            <translation>&amp;Hinweise zu dieser Datei</translation>
        </message>
        <message>
            <source>Notes about this file</source>
            <translation>Hinweise zu dieser Datei</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Import the new entries</source>
            <translation>Die neuen Einträge importieren</translation>
        </message>
        <message>
            <source>In jrnl, export with: jrnl --export json &gt; journal.json</source>
            <translation>In jrnl exportierst du so: jrnl --export json &gt; journal.json</translation>
        </message>
        <message>
            <source>In Day One, export your journal as JSON; choose the .zip it makes, or the folder it unpacks to. Photos and other media stay behind.</source>
            <translation>Exportiere dein Tagebuch in Day One als JSON; wähle die .zip-Datei, die dabei entsteht, oder den Ordner, in den sie entpackt wird. Fotos und andere Medien bleiben zurück.</translation>
        </message>
        <message>
            <source>In Daylio, export your entries as CSV. Moods become 0-10: rad 10, good 8, meh 5, bad 3, awful 1; activities become tags.</source>
            <translation>Exportiere deine Einträge in Daylio als CSV. Stimmungen werden zu 0–10: rad 10, good 8, meh 5, bad 3, awful 1; Aktivitäten werden zu Schlagwörtern.</translation>
        </message>
        <message>
            <source>Choose a folder of notes or a few files; each file becomes one entry, dated from its front matter or its name (like 2021-03-04.md).</source>
            <translation>Wähle einen Ordner mit Notizen oder ein paar Dateien; jede Datei wird ein Eintrag, datiert nach ihrem Front Matter oder ihrem Namen (wie 2021-03-04.md).</translation>
        </message>
        <message>
            <source>jrnl JSON export (*.json);;All files (*)</source>
            <translation>jrnl-JSON-Export (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Day One export (*.zip *.json);;All files (*)</source>
            <translation>Day-One-Export (*.zip *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Daylio CSV export (*.csv);;All files (*)</source>
            <translation>Daylio-CSV-Export (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Markdown or text (*.md *.markdown *.txt *.text);;All files (*)</source>
            <translation>Markdown oder Text (*.md *.markdown *.txt *.text);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading the export…</source>
            <translation>Der Export wird gelesen…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>There are no entries in this export.</source>
            <translation>In diesem Export gibt es keine Einträge.</translation>
        </message>
        <message>
            <source>Everything in this export is already in your journal.</source>
            <translation>Alles aus diesem Export ist schon in deinem Tagebuch.</translation>
        </message>
        <message>
            <source>They were written from %1 to %2.</source>
            <translation>Sie wurden zwischen %1 und %2 geschrieben.</translation>
        </message>
        <message>
            <source>Tags: %1.</source>
            <translation>Schlagwörter: %1.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Import stopped. Nothing was added to your journal.</source>
            <translation>Import angehalten. Deinem Tagebuch wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Companion could not read this export.</source>
            <translation>Companion konnte diesen Export nicht lesen.</translation>
        </message>
        <message numerus="yes">
            <source>%n [file|files]</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new [entry|entries] will be imported.</source>
            <translation>
                <numerusform>%n neuer Eintrag wird importiert.</numerusform>
                <numerusform>%n neue Einträge werden importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [photo or picture comes|photos and pictures come] with them.</source>
            <translation>
                <numerusform>%n Foto oder Bild kommt mit.</numerusform>
                <numerusform>%n Fotos und Bilder kommen mit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in your journal will be skipped.</source>
            <translation>
                <numerusform>%n, der schon in deinem Tagebuch ist, wird übersprungen.</numerusform>
                <numerusform>%n, die schon in deinem Tagebuch sind, werden übersprungen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the export will come in once.</source>
            <translation>
                <numerusform>%n, der im Export mehrfach vorkommt, kommt nur einmal herein.</numerusform>
                <numerusform>%n, die im Export mehrfach vorkommen, kommen nur einmal herein.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [has|have] a mood.</source>
            <translation>
                <numerusform>%n hat eine Stimmung.</numerusform>
                <numerusform>%n haben eine Stimmung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tags: %1 and %n more.</source>
            <translation>
                <numerusform>Schlagwörter: %1 und %n weiteres.</numerusform>
                <numerusform>Schlagwörter: %1 und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [photo was|photos were] not imported.</source>
            <translation>
                <numerusform>%n Foto wurde nicht importiert.</numerusform>
                <numerusform>%n Fotos wurden nicht importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [picture was|pictures were] not imported.</source>
            <translation>
                <numerusform>%n Bild wurde nicht importiert.</numerusform>
                <numerusform>%n Bilder wurden nicht importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [video was|videos were] not imported.</source>
            <translation>
                <numerusform>%n Video wurde nicht importiert.</numerusform>
                <numerusform>%n Videos wurden nicht importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audio [recording was|recordings were] not imported.</source>
            <translation>
                <numerusform>%n Tonaufnahme wurde nicht importiert.</numerusform>
                <numerusform>%n Tonaufnahmen wurden nicht importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF [attachment was|attachments were] not imported.</source>
            <translation>
                <numerusform>%n PDF-Anhang wurde nicht importiert.</numerusform>
                <numerusform>%n PDF-Anhänge wurden nicht importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n empty [entry was|entries were] left out.</source>
            <translation>
                <numerusform>%n leerer Eintrag wurde ausgelassen.</numerusform>
                <numerusform>%n leere Einträge wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [entry was|entries were] imported into your journal.</source>
            <translation>
                <numerusform>%n Eintrag wurde in dein Tagebuch importiert.</numerusform>
                <numerusform>%n Einträge wurden in dein Tagebuch importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [photo or picture|photos and pictures] came with them.</source>
            <translation>
                <numerusform>%n Foto oder Bild kam mit.</numerusform>
                <numerusform>%n Fotos und Bilder kamen mit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>How things have been going, from your check-ins, journal and goals.</source>
            <translation>Wie es gelaufen ist, aus deinen Check-ins, deinem Tagebuch und deinen Zielen.</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>Gezeigter Zeitraum</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Choose dates…</source>
            <translation>Tage auswählen…</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>First day shown</source>
            <translation>Erster gezeigter Tag</translation>
        </message>
        <message>
            <source>Last day shown</source>
            <translation>Letzter gezeigter Tag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Show charts for counselor</source>
            <translation>Diagramme für Berater:in zeigen</translation>
        </message>
        <message>
            <source>&amp;Counselor:</source>
            <translation>&amp;Berater:in:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>This chart could not be drawn. The others still work.</source>
            <translation>Dieses Diagramm konnte nicht gezeichnet werden. Die anderen funktionieren trotzdem.</translation>
        </message>
        <message>
            <source>Show as &amp;chart</source>
            <translation>Als &amp;Diagramm zeigen</translation>
        </message>
        <message>
            <source>Show as &amp;table</source>
            <translation>Als &amp;Tabelle zeigen</translation>
        </message>
        <message>
            <source>Please save the image as a .png or .svg file.</source>
            <translation>Bitte speichere das Bild als .png- oder .svg-Datei.</translation>
        </message>
        <message>
            <source>The image could not be saved there. Please try another folder.</source>
            <translation>Das Bild konnte dort nicht gespeichert werden. Bitte versuch einen anderen Ordner.</translation>
        </message>
        <message>
            <source>Saved the chart as %1.</source>
            <translation>Das Diagramm wurde als %1 gespeichert.</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <source>Save the chart as an image</source>
            <translation>Das Diagramm als Bild speichern</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Latest check-in</source>
            <translation>Letzter Check-in</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>Journaling calendar</source>
            <translation>Schreibkalender</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Relationship and mood</source>
            <translation>Beziehung und Stimmung</translation>
        </message>
    </context>
    <context>
        <name>JoinKeyPage</name>
        <message>
            <source>Your recovery key</source>
            <translation>Dein Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Type your journal's recovery key: the one Companion gave you when you started your journal on the other computer. If you do not have it at hand, you can see it there in Settings while Companion is unlocked.</source>
            <translation>Tippe den Wiederherstellungsschlüssel deines Tagebuchs ein: den, den Companion dir gegeben hat, als du dein Tagebuch auf dem anderen Computer begonnen hast. Wenn du ihn nicht zur Hand hast, kannst du ihn dort in den Einstellungen ansehen, solange Companion entsperrt ist.</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Wiederherstellungsschlüssel:</translation>
        </message>
        <message>
            <source>Dashes, spaces and small letters do not matter.</source>
            <translation>Bindestriche, Leerzeichen und Groß-/Kleinschreibung sind egal.</translation>
        </message>
        <message>
            <source>Recovery key message</source>
            <translation>Meldung zum Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>That recovery key does not open the journal in this folder. Please check it against your copy, and that this is the folder of the journal it belongs to, then try again.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet das Tagebuch in diesem Ordner nicht. Bitte vergleich ihn mit deiner Abschrift und prüf, ob dies der Ordner des Tagebuchs ist, zu dem er gehört. Dann versuch es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>JoinedPage</name>
        <message>
            <source>Your journal is here</source>
            <translation>Dein Tagebuch ist da</translation>
        </message>
        <message>
            <source>Your journal from the other computer is now on this computer too. From now on, what you write on either computer reaches the other one through the shared folder.</source>
            <translation>Dein Tagebuch vom anderen Computer ist jetzt auch auf diesem Computer. Ab jetzt kommt, was du auf einem der beiden Computer schreibst, über den gemeinsamen Ordner auch auf dem anderen an.</translation>
        </message>
        <message>
            <source>Your recovery key stays the same: it is the one you just typed, the same as on your other computer. Keep your copy where it is; it opens your journal on both computers.</source>
            <translation>Dein Wiederherstellungsschlüssel bleibt derselbe: Es ist der, den du gerade eingetippt hast, derselbe wie auf deinem anderen Computer. Lass deine Abschrift, wo sie ist; der Schlüssel öffnet dein Tagebuch auf beiden Computern.</translation>
        </message>
        <message>
            <source>A few files in the shared folder could not be read yet; your sync program may still be copying them. Nothing from them was used, and Companion will try them again later.</source>
            <translation>Ein paar Dateien im gemeinsamen Ordner konnten noch nicht gelesen werden; vielleicht kopiert dein Sync-Programm sie noch. Aus ihnen wurde nichts übernommen, und Companion versucht es später noch einmal mit ihnen.</translation>
        </message>
    </context>
    <context>
        <name>JoiningPage</name>
        <message>
            <source>Bringing your journal here</source>
            <translation>Dein Tagebuch kommt hierher</translation>
        </message>
        <message>
            <source>Companion is copying your journal from the shared folder to this computer. It stays encrypted all the way. A long journal can take a few minutes.</source>
            <translation>Companion kopiert dein Tagebuch aus dem gemeinsamen Ordner auf diesen Computer. Es bleibt dabei die ganze Zeit verschlüsselt. Bei einem langen Tagebuch kann das ein paar Minuten dauern.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>%v of %m files</source>
            <translation>%v von %m Dateien</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Search your journal</source>
            <extracomment>What could not be saved when Companion locked (entry id, or None for a new entry, and the draft), kept in memory only and shown again after unlocking. The editor was on a new entry when Companion locked: it is again after unlocking.</extracomment>
            <translation>Dein Tagebuch durchsuchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <source>Start a new entry (Ctrl+N)</source>
            <translation>Einen neuen Eintrag beginnen (Strg+N)</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Nach Schlagwort filtern</translation>
        </message>
        <message>
            <source>Filter by date</source>
            <translation>Nach Datum filtern</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Choose dates…</source>
            <translation>Tage auswählen…</translation>
        </message>
        <message>
            <source>Filter by flag</source>
            <translation>Nach Markierung filtern</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <source>For next session</source>
            <translation>Fürs nächste Gespräch</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Ab Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Tagebucheinträge</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Recently deleted…</source>
            <translation>Zuletzt gelöscht …</translation>
        </message>
        <message>
            <source>Recently deleted entries</source>
            <translation>Zuletzt gelöschte Einträge</translation>
        </message>
        <message>
            <source>Deleted entries you can still bring back</source>
            <translation>Gelöschte Einträge, die du noch zurückholen kannst</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer or different words, or clear the filters.</source>
            <translation>Nichts gefunden. Versuch es mit weniger oder anderen Wörtern, oder setz die Filter zurück.</translation>
        </message>
        <message>
            <source>Your journal is empty.

Write your first entry: whatever is on your mind, something from your last session, or something you want to remember.</source>
            <translation>Dein Tagebuch ist leer.

Schreib deinen ersten Eintrag: was dich gerade beschäftigt, etwas aus deinem letzten Gespräch oder etwas, das du dir merken möchtest.</translation>
        </message>
        <message>
            <source>This entry could not be saved yet, so it stays open. See the message below it.</source>
            <translation>Dieser Eintrag konnte noch nicht gespeichert werden und bleibt deshalb geöffnet. Siehe den Hinweis darunter.</translation>
        </message>
        <message>
            <source>The entry you had open was deleted.</source>
            <translation>Der Eintrag, den du geöffnet hattest, wurde gelöscht.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Eintrag gelöscht.</translation>
        </message>
        <message>
            <source>“%1” removed from the entry.</source>
            <translation>„%1“ aus dem Eintrag genommen.</translation>
        </message>
        <message>
            <source>That entry is no longer kept.</source>
            <translation>Dieser Eintrag wird nicht mehr aufbewahrt.</translation>
        </message>
        <message>
            <source>Entry restored.</source>
            <translation>Eintrag wiederhergestellt.</translation>
        </message>
        <message>
            <source>That version is no longer kept.</source>
            <translation>Diese Fassung wird nicht mehr aufbewahrt.</translation>
        </message>
        <message>
            <source>The entry says again what it said before.</source>
            <translation>Der Eintrag enthält wieder, was vorher darin stand.</translation>
        </message>
        <message>
            <source>The entry says that already.</source>
            <translation>Das steht schon so im Eintrag.</translation>
        </message>
        <message>
            <source>An earlier version is back.</source>
            <translation>Eine frühere Fassung ist zurück.</translation>
        </message>
        <message numerus="yes">
            <source>%n+ [entry|entries] found</source>
            <translation>
                <numerusform>%n+ Einträge gefunden</numerusform>
                <numerusform>%n+ Einträge gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [entry|entries] found</source>
            <translation>
                <numerusform>%n Eintrag gefunden</numerusform>
                <numerusform>%n Einträge gefunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Follow the system (%1)</source>
            <extracomment>Where the preferences keep the language chosen in Settings (``companion.ui.preferences``). The translators installed by this module (kept so they are not collected and can be removed). The translator of a process without an application object (the command line).</extracomment>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>The language of Companion's menus and texts. Your own writing stays as it is.</source>
            <translation>Die Sprache der Menüs und Texte von Companion. Was du selbst schreibst, bleibt, wie es ist.</translation>
        </message>
        <message>
            <source>Language changed.</source>
            <translation>Sprache geändert.</translation>
        </message>
    </context>
    <context>
        <name>ListDetailView</name>
        <message>
            <source>&amp;Save</source>
            <extracomment>Where each list row keeps the id of its item. Room around each row of the item lists. the area the items belong to; a subclass adds what else it shows to ``shows`` Save by itself this long after the last change (None: only Save, switching, flush).</extracomment>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>No particular counselor</source>
            <translation>Keine bestimmte Berater:in</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Gelöscht.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Areas</source>
            <extracomment>Sync starts this long after the window (so that start-up does not wait for it). The app-wide event filters are installed this long after the window is built, when its first frame is on screen (milliseconds). the daily backup waits for the check of the journal file's pages (see start) readable copies of the files the client opens, removed at lock and quit</extracomment>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Companion is in the background.</source>
            <extracomment>Built the first time the journal is needed (see ``journal_view``): when Companion opens on another area, the window is ready sooner. One entry per navigation row; a None factory is the journal, which stays built. the area views built so far, by navigation row (not the journal's) changes a view that was not on screen has still to catch up with sync through a folder, by itself while the journal is open (started by ``start``)</extracomment>
            <translation>Companion ist im Hintergrund.</translation>
        </message>
        <message>
            <source>Companion is in the background</source>
            <translation>Companion ist im Hintergrund</translation>
        </message>
        <message>
            <source>Open Companion</source>
            <translation>Companion öffnen</translation>
        </message>
        <message>
            <source>&amp;Companion</source>
            <translation>&amp;Companion</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Neuer Eintrag</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Search the journal</source>
            <translation>Das Tagebuch &amp;durchsuchen</translation>
        </message>
        <message>
            <source>Safety &amp;plan</source>
            <translation>&amp;Krisenplan</translation>
        </message>
        <message>
            <source>Your safety plan, from anywhere (Ctrl+Shift+S)</source>
            <translation>Dein Krisenplan, von überall (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>&amp;Export summary for my next session…</source>
            <translation>Zusammenfassung für mein nächstes Gespräch &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import from another journal app…</source>
            <translation>Aus einer anderen Tagebuch-App &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Backups and archive…</source>
            <translation>&amp;Sicherungen und Archiv…</translation>
        </message>
        <message>
            <source>Check &amp;in on a session…</source>
            <translation>&amp;Check-in zu einem Gespräch…</translation>
        </message>
        <message>
            <source>Search &amp;everything…</source>
            <translation>&amp;Alles durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Entry &amp;history…</source>
            <translation>Verlauf des &amp;Eintrags…</translation>
        </message>
        <message>
            <source>Add a fi&amp;le to the entry…</source>
            <translation>Eine Datei zum Eintrag &amp;hinzufügen …</translation>
        </message>
        <message>
            <source>Recently &amp;deleted entries…</source>
            <translation>Kürzlich &amp;gelöschte Einträge…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Companion</source>
            <translation>&amp;Über Companion</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Tastenkürzel…</translation>
        </message>
        <message>
            <source>How Companion &amp;protects your data…</source>
            <translation>Wie Companion deine Daten &amp;schützt…</translation>
        </message>
        <message>
            <source>Quick actions</source>
            <translation>Schnellaktionen</translation>
        </message>
        <message>
            <source>This entry has no earlier versions yet: it is new.</source>
            <translation>Dieser Eintrag hat noch keine früheren Fassungen: er ist neu.</translation>
        </message>
        <message>
            <source>There is no recent session waiting for a check-in. Add a session you have had under Sessions, or after your next one, Ctrl+K opens its check-in here.</source>
            <translation>Zu keinem Gespräch der letzten Zeit steht ein Check-in aus. Trag ein Gespräch, das du hattest, unter „Gespräche“ ein, oder nach deinem nächsten Gespräch öffnet Strg+K seinen Check-in hier.</translation>
        </message>
        <message>
            <source>A draft note for your counselor is in Feedback.</source>
            <translation>Ein Notizentwurf für deine Berater:in liegt unter Feedback.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Es wurde nichts wiederhergestellt.</translation>
        </message>
        <message>
            <source>Backup restored. Unlock to continue; your previous data was kept aside.</source>
            <translation>Sicherung wiederhergestellt. Entsperre, um weiterzumachen; deine vorherigen Daten wurden beiseitegelegt.</translation>
        </message>
        <message>
            <source>Keychain</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <source>The key is stored in the keychain.</source>
            <translation>Der Schlüssel ist im Schlüsselbund hinterlegt.</translation>
        </message>
        <message>
            <source>Companion found damage in your journal file while it was open. Unlock again to see what can be done; your backups were not touched.</source>
            <translation>Companion hat beim Öffnen eine beschädigte Stelle in deiner Tagebuchdatei gefunden. Entsperre noch einmal, um zu sehen, was sich tun lässt; deine Sicherungen wurden nicht angetastet.</translation>
        </message>
        <message>
            <source>About Companion</source>
            <translation>Über Companion</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private journal for the time between counseling sessions. Everything stays on this computer, encrypted.&lt;/p&gt;&lt;p&gt;Companion is not a replacement for care and is not for emergencies. If you are in danger or crisis, call your local emergency number or a crisis line.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Companion %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein privates Tagebuch für die Zeit zwischen Beratungsgesprächen. Alles bleibt verschlüsselt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Companion ersetzt keine Behandlung und ist nicht für Notfälle gedacht. Wenn du in Gefahr oder in einer Krise bist, ruf den Notruf (112) oder eine Krisenhotline an.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>A different journal</source>
            <translation>Ein anderes Tagebuch</translation>
        </message>
        <message>
            <source>This backup holds a different journal from the one open now.</source>
            <translation>Diese Sicherung enthält ein anderes Tagebuch als das, das gerade geöffnet ist.</translation>
        </message>
        <message>
            <source>Journal entries in your current journal: %1</source>
            <translation>Einträge in deinem jetzigen Tagebuch: %1</translation>
        </message>
        <message>
            <source>Journal entries in the backup: %1 (the newest from %2)</source>
            <translation>Einträge in der Sicherung: %1 (der neueste vom %2)</translation>
        </message>
        <message>
            <source>Replace your current journal with the one in the backup? Your current journal is kept aside in the backups folder first, and can be restored from there.</source>
            <translation>Dein jetziges Tagebuch durch das aus der Sicherung ersetzen? Dein jetziges Tagebuch wird vorher im Sicherungsordner aufbewahrt und lässt sich von dort wiederherstellen.</translation>
        </message>
        <message>
            <source>Keep my journal</source>
            <translation>Mein Tagebuch behalten</translation>
        </message>
        <message>
            <source>Replace it with the backup</source>
            <translation>Durch die Sicherung ersetzen</translation>
        </message>
        <message>
            <source>Store the key again?</source>
            <translation>Den Schlüssel erneut hinterlegen?</translation>
        </message>
        <message>
            <source>Companion could not open from the keychain this time. Store the key in this computer's keychain again, so it opens without asking next time?</source>
            <translation>Companion konnte sich diesmal nicht über den Schlüsselbund öffnen. Den Schlüssel erneut im Schlüsselbund dieses Computers hinterlegen, damit es sich das nächste Mal ohne Nachfrage öffnet?</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Your latest changes could not be saved. Close anyway and lose them?</source>
            <translation>Deine letzten Änderungen konnten nicht gespeichert werden. Trotzdem schließen und sie verlieren?</translation>
        </message>
    </context>
    <context>
        <name>MarkdownBodyEdit</name>
        <message>
            <source>Bold</source>
            <extracomment>A list item: indentation, a bullet (-, * or +) or a number (1. or 1)), space, the text. files of the computer pasted or dropped (list of Path) a picture pasted from the clipboard, without text (QImage) True while the text is highlighted again in a new palette (not an edit)</extracomment>
            <translation>Fett</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
    </context>
    <context>
        <name>MoodPicker</name>
        <message>
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <source>From 0, very low, to 10, very good. Optional.</source>
            <translation>Von 0, sehr gedrückt, bis 10, sehr gut. Freiwillig.</translation>
        </message>
        <message>
            <source>low</source>
            <translation>gedrückt</translation>
        </message>
        <message>
            <source>Mood %1 of 10</source>
            <translation>Stimmung %1 von 10</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear mood</source>
            <translation>Stimmung leeren</translation>
        </message>
        <message>
            <source>No mood chosen</source>
            <translation>Keine Stimmung gewählt</translation>
        </message>
    </context>
    <context>
        <name>OpeningNote</name>
        <message>
            <source>Open a file</source>
            <extracomment>Most refusals listed one by one; the rest are counted. the refusals' messages (each names its file and says why) why the rest was not added (the entry is gone, the journal could not be written)</extracomment>
            <translation>Eine Datei öffnen</translation>
        </message>
        <message>
            <source>To open “%1”, Companion puts a readable copy in a private temporary folder and removes it when Companion locks or quits.</source>
            <translation>Um „%1“ zu öffnen, legt Companion eine lesbare Kopie in einen privaten temporären Ordner und entfernt sie, wenn Companion sperrt oder beendet wird.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
    </context>
    <context>
        <name>OpeningWindow</name>
        <message>
            <source>Opening your journal</source>
            <extracomment>Size of the window (device-independent pixels) and of the icon on it. Never wait longer than this for the window system to show it (seconds).</extracomment>
            <translation>Dein Tagebuch wird geöffnet</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Dein Tagebuch wird geöffnet …</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Set a passphrase</source>
            <translation>Eine Passphrase festlegen</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Your recovery key keeps working after this change.</source>
            <translation>Dein Wiederherstellungsschlüssel funktioniert nach dieser Änderung weiter.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>Die beiden neuen Passphrasen sind nicht gleich.</translation>
        </message>
        <message numerus="yes">
            <source>Please use at least %n [character|characters].</source>
            <translation>
                <numerusform>Bitte verwende mindestens %n Zeichen.</numerusform>
                <numerusform>Bitte verwende mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodChooser</name>
        <message>
            <source>Since the last session</source>
            <translation>Seit dem letzten Gespräch</translation>
        </message>
        <message>
            <source>Between two sessions</source>
            <translation>Zwischen zwei Gesprächen</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Gewählte Tage</translation>
        </message>
        <message>
            <source>First session</source>
            <translation>Erstes Gespräch</translation>
        </message>
        <message>
            <source>Second session</source>
            <translation>Zweites Gespräch</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>PhrasingDialog</name>
        <message>
            <source>Help me phrase this</source>
            <translation>Hilf mir beim Formulieren</translation>
        </message>
        <message>
            <source>Saying what happened and how it was for you is often easier to say, and to hear, than a judgement. Fill in the blanks of any sentence below in your own words; leave the others empty. You can change everything afterwards.</source>
            <translation>Zu sagen, was passiert ist und wie es für dich war, ist oft leichter auszusprechen und leichter zu hören als ein Urteil. Füll die Lücken eines beliebigen Satzes unten mit deinen eigenen Worten; lass die anderen leer. Du kannst danach alles ändern.</translation>
        </message>
        <message>
            <source>Your words so far</source>
            <translation>Deine Worte bisher</translation>
        </message>
        <message>
            <source>Preview of the text</source>
            <translation>Vorschau des Textes</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Add to note</source>
            <translation>Zur Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Add these sentences to the note</source>
            <translation>Diese Sätze zur Notiz hinzufügen</translation>
        </message>
        <message>
            <source>(Nothing yet: fill in a sentence above.)</source>
            <translation>(Noch nichts: Füll oben einen Satz aus.)</translation>
        </message>
        <message>
            <source>Fill in the blanks of at least one sentence, or choose Cancel.</source>
            <translation>Füll die Lücken mindestens eines Satzes aus oder wähle Abbrechen.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>How Companion protects your data</source>
            <translation>Wie Companion deine Daten schützt</translation>
        </message>
        <message>
            <source>Your journal stays on this computer</source>
            <translation>Dein Tagebuch bleibt auf diesem Computer</translation>
        </message>
        <message>
            <source>Everything you write in Companion (entries, notes, check-ins, your safety plan) is kept in one folder on this computer, in your own user account. It is not kept online, and nobody else can look at it from somewhere else.</source>
            <translation>Alles, was du in Companion schreibst (Einträge, Notizen, Check-ins, deinen Krisenplan), liegt in einem Ordner auf diesem Computer, in deinem eigenen Benutzerkonto. Nichts davon liegt im Internet, und niemand kann von anderswo hineinschauen.</translation>
        </message>
        <message>
            <source>It is locked with strong encryption</source>
            <translation>Es ist stark verschlüsselt</translation>
        </message>
        <message>
            <source>The journal is encrypted: stored in a form nobody can read without its key. Even someone who copies the files, or finds a lost laptop, sees only scrambled data. Your text is never written anywhere unencrypted, not even in temporary files or error reports.</source>
            <translation>Dein Tagebuch ist verschlüsselt: So gespeichert, dass niemand es ohne seinen Schlüssel lesen kann. Selbst wer die Dateien kopiert oder einen verlorenen Laptop findet, sieht nur Zeichensalat. Dein Text wird nirgends unverschlüsselt gespeichert, auch nicht in temporären Dateien oder Fehlerberichten.</translation>
        </message>
        <message>
            <source>Your passphrase and your recovery key</source>
            <translation>Deine Passphrase und dein Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>If you chose a passphrase, Companion asks for it when it opens and after it locks. The recovery key you saved at the start opens your journal if you ever forget the passphrase. Keep it somewhere safe, away from this computer: nobody, not even the makers of Companion, can open your journal without one of them.</source>
            <translation>Wenn du eine Passphrase gewählt hast, fragt Companion beim Öffnen und nach dem Sperren danach. Der Wiederherstellungsschlüssel, den du am Anfang gespeichert hast, öffnet dein Tagebuch, falls du die Passphrase einmal vergisst. Bewahre ihn an einem sicheren Ort auf, nicht auf diesem Computer: Ohne einen der beiden kann niemand dein Tagebuch öffnen, auch nicht die Macher:innen von Companion.</translation>
        </message>
        <message>
            <source>The keychain</source>
            <translation>Der Schlüsselbund</translation>
        </message>
        <message>
            <source>If you chose to, the key is also kept in this computer's keychain, so Companion opens without asking while you are logged in. That is convenient, but anyone who can use your computer account can then open it. You can change this in Settings at any time.</source>
            <translation>Wenn du es so gewählt hast, liegt der Schlüssel auch im Schlüsselbund dieses Computers, damit Companion ohne Nachfrage öffnet, solange du angemeldet bist. Das ist bequem, aber dann kann es auch jede Person öffnen, die dein Benutzerkonto verwenden kann. Du kannst das jederzeit in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Locked when you step away</source>
            <translation>Gesperrt, wenn du weggehst</translation>
        </message>
        <message>
            <source>Companion locks itself after a few minutes without use, and Ctrl+L locks it at once. If you like, it can also hide your journal whenever another app is in front.</source>
            <translation>Companion sperrt sich nach ein paar Minuten ohne Nutzung von selbst, und Strg+L sperrt es sofort. Wenn du möchtest, verdeckt es dein Tagebuch auch, sobald eine andere App im Vordergrund ist.</translation>
        </message>
        <message>
            <source>Backups, so nothing is lost</source>
            <translation>Sicherungen, damit nichts verloren geht</translation>
        </message>
        <message>
            <source>Every day Companion makes a backup, encrypted just like the journal, in the same folder. Under Backups and archive you can also save a backup somewhere else, such as a USB stick, and bring it back on a new computer with your recovery key or passphrase. If something goes wrong, Companion keeps what it finds aside rather than deleting it.</source>
            <translation>Jeden Tag legt Companion im selben Ordner eine Sicherung an, genauso verschlüsselt wie das Tagebuch. Unter „Sicherungen und Archiv“ kannst du eine Sicherung auch woanders speichern, etwa auf einem USB-Stick, und sie mit deinem Wiederherstellungsschlüssel oder deiner Passphrase auf einem neuen Computer zurückholen. Wenn etwas schiefgeht, legt Companion beiseite, was es vorfindet, statt es zu löschen.</translation>
        </message>
        <message>
            <source>Nothing leaves unless you send it</source>
            <translation>Nichts verlässt den Computer, außer du schickst es</translation>
        </message>
        <message>
            <source>Companion never connects to the internet: no accounts, no tracking, no updates in the background. Something only leaves this computer when you export it yourself, for example a summary for your next session, and then you see exactly what goes into it first. Entries you mark private are never exported.</source>
            <translation>Companion verbindet sich nie mit dem Internet: keine Konten, kein Tracking, keine Updates im Hintergrund. Etwas verlässt diesen Computer nur, wenn du es selbst exportierst, zum Beispiel eine Zusammenfassung für deine nächste Sitzung, und dann siehst du vorher genau, was darin steht. Einträge, die du als privat markierst, werden nie exportiert.</translation>
        </message>
        <message>
            <source>What you write here is yours. This is how Companion keeps it private and safe.</source>
            <translation>Was du hier schreibst, gehört dir. So hält Companion es privat und sicher.</translation>
        </message>
    </context>
    <context>
        <name>ProgressSparkline</name>
        <message>
            <source>Progress over time</source>
            <translation>Fortschritt im Lauf der Zeit</translation>
        </message>
        <message>
            <source>No ratings yet</source>
            <translation>Noch keine Einschätzungen</translation>
        </message>
        <message>
            <source>One rating: %1 of 10</source>
            <translation>Eine Einschätzung: %1 von 10</translation>
        </message>
        <message numerus="yes">
            <source>%n [rating|ratings], from %1 to %2 of 10 most recently</source>
            <translation>
                <numerusform>%n Einschätzung, zuletzt von %1 bis %2 von 10</numerusform>
                <numerusform>%n Einschätzungen, zuletzt von %1 bis %2 von 10</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <source>not at all</source>
            <extracomment>How long after "1" a "0" still makes 10.</extracomment>
            <translation>gar nicht</translation>
        </message>
        <message>
            <source>completely</source>
            <translation>völlig</translation>
        </message>
        <message>
            <source>0 means not at all, 10 means completely. Type a number, or use the arrow keys, Home and End; Delete clears.</source>
            <translation>0 heißt gar nicht, 10 heißt völlig. Tippe eine Zahl oder nutze die Pfeiltasten, Pos1 und Ende; Entf leert.</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>freiwillig</translation>
        </message>
        <message>
            <source>not rated yet</source>
            <translation>noch nicht bewertet</translation>
        </message>
        <message>
            <source>%1 Rating: %2</source>
            <translation>%1 Bewertung: %2</translation>
        </message>
    </context>
    <context>
        <name>ReadView</name>
        <message>
            <source>Open “%1” in the app for it</source>
            <extracomment>The natural size of a picture shown, kept in its format to fit it again when the view changes width. Size of the placeholder of a picture that is still coming or cannot be shown. Tallest a picture is shown (px), so that a photo taken upright does not fill pages.</extracomment>
            <translation>„%1“ in der passenden App öffnen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
    </context>
    <context>
        <name>RecentlyDeletedDialog</name>
        <message>
            <source>Recently deleted</source>
            <translation>Zuletzt gelöscht</translation>
        </message>
        <message>
            <source>Deleted entries</source>
            <translation>Gelöschte Einträge</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source> · private</source>
            <translation> · privat</translation>
        </message>
        <message>
            <source>Written %1 · deleted %2</source>
            <translation>Geschrieben %1 · gelöscht %2</translation>
        </message>
        <message>
            <source>You chose to keep no history, so deleted entries are not kept. You can change that in Settings.</source>
            <translation>Du hast gewählt, keinen Verlauf aufzubewahren, deshalb werden gelöschte Einträge nicht behalten. Das kannst du in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>Den gewählten Eintrag wiederherstellen</translation>
        </message>
        <message numerus="yes">
            <source>Deleted entries are kept here for %n [day|days] after you delete them, then removed for good. Restoring one brings it back with its date, tags, mood, flags, files and history.</source>
            <translation>
                <numerusform>Gelöschte Einträge werden hier nach dem Löschen %n Tag aufbewahrt und dann endgültig entfernt. Wiederherstellen bringt einen Eintrag mit Datum, Schlagwörtern, Stimmung, Markierungen, Dateien und Verlauf zurück.</numerusform>
                <numerusform>Gelöschte Einträge werden hier nach dem Löschen %n Tage aufbewahrt und dann endgültig entfernt. Wiederherstellen bringt einen Eintrag mit Datum, Schlagwörtern, Stimmung, Markierungen, Dateien und Verlauf zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was deleted in the last %n [day|days].</source>
            <translation>
                <numerusform>Am letzten Tag (%n) wurde nichts gelöscht.</numerusform>
                <numerusform>In den letzten %n Tagen wurde nichts gelöscht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKey</name>
        <message>
            <source>Companion recovery key</source>
            <translation>Companion-Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>This key opens your Companion journal if you forget your passphrase or move to a new computer.</source>
            <translation>Dieser Schlüssel öffnet dein Companion-Tagebuch, wenn du deine Passphrase vergisst oder auf einen neuen Computer umziehst.</translation>
        </message>
        <message>
            <source>Keep it somewhere safe and private, away from this computer.</source>
            <translation>Bewahre ihn an einem sicheren, privaten Ort auf, nicht auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyCheck</name>
        <message>
            <source>Group %1:</source>
            <translation>Gruppe %1:</translation>
        </message>
        <message>
            <source>Group %1 of the recovery key</source>
            <translation>Gruppe %1 des Wiederherstellungsschlüssels</translation>
        </message>
        <message>
            <source>Group %1 does not match your recovery key. Go back and check your copy.</source>
            <translation>Gruppe %1 passt nicht zu deinem Wiederherstellungsschlüssel. Geh zurück und prüfe deine Abschrift.</translation>
        </message>
        <message>
            <source>Groups %1 and %2 do not match your recovery key. Go back and check your copy.</source>
            <translation>Die Gruppen %1 und %2 passen nicht zu deinem Wiederherstellungsschlüssel. Geh zurück und prüfe deine Abschrift.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyEdit</name>
        <message>
            <source>Recovery key</source>
            <extracomment>room for the 32 characters with a separator or two between every group</extracomment>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Save to a file…</source>
            <translation>In einer Datei speichern…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Save recovery key</source>
            <translation>Wiederherstellungsschlüssel speichern</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The recovery key could not be saved there (%1). Choose another place.</source>
            <translation>Der Wiederherstellungsschlüssel konnte dort nicht gespeichert werden (%1). Wähle einen anderen Ort.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>How did your session go? A few notes now can help you remember what mattered.</source>
            <extracomment>"The day before": from this long before a session starts. After a session: once it has (most likely) ended, for up to a day. The session of the latest "after" reminder (its notes and check-in open on click).</extracomment>
            <translation>Wie ist dein Gespräch gelaufen? Ein paar Notizen jetzt helfen dir, dich zu erinnern, was wichtig war.</translation>
        </message>
        <message>
            <source>You have a session later today. Would you like to look at your agenda?</source>
            <translation>Du hast heute später ein Gespräch. Möchtest du dir deine Agenda ansehen?</translation>
        </message>
        <message>
            <source>You have a session tomorrow. Would you like to prepare your agenda?</source>
            <translation>Du hast morgen ein Gespräch. Möchtest du deine Agenda vorbereiten?</translation>
        </message>
    </context>
    <context>
        <name>SafetyPlanDialog</name>
        <message>
            <source>Safety plan</source>
            <translation>Krisenplan</translation>
        </message>
        <message>
            <source>Close the safety plan</source>
            <translation>Den Krisenplan schließen</translation>
        </message>
    </context>
    <context>
        <name>SafetyPlanPage</name>
        <message>
            <source>My safety plan</source>
            <extracomment>A page is about to load the plan: the others save first. A page saved the plan (the stored SafetyPlan).</extracomment>
            <translation>Mein Krisenplan</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Write this at a calmer time, so it is here when things get hard. Companion is not for emergencies and cannot call for help: if you or someone else is in danger, call your local emergency number now.</source>
            <translation>Schreib das in einer ruhigeren Zeit, damit es da ist, wenn es schwer wird. Companion ist nicht für Notfälle gedacht und kann keine Hilfe rufen: Wenn du oder jemand anderes in Gefahr ist, ruf jetzt den Notruf (112) an.</translation>
        </message>
        <message>
            <source>About the safety plan</source>
            <translation>Über den Krisenplan</translation>
        </message>
        <message>
            <source>&amp;Warning signs</source>
            <translation>&amp;Warnzeichen</translation>
        </message>
        <message>
            <source>Thoughts, feelings, situations or things I do that tell me a hard time may be starting.</source>
            <translation>Gedanken, Gefühle, Situationen oder Dinge, die ich tue, an denen ich merke, dass eine schwere Zeit beginnen könnte.</translation>
        </message>
        <message>
            <source>What &amp;helps me</source>
            <translation>Was mir &amp;hilft</translation>
        </message>
        <message>
            <source>Things I can do on my own to feel a little calmer or safer: places, activities, reminders of what matters to me.</source>
            <translation>Dinge, die ich selbst tun kann, um mich ein wenig ruhiger oder sicherer zu fühlen: Orte, Tätigkeiten, Erinnerungen an das, was mir wichtig ist.</translation>
        </message>
        <message>
            <source>&amp;People I can contact</source>
            <translation>&amp;Menschen, die ich kontaktieren kann</translation>
        </message>
        <message>
            <source>Friends, family or others I can call or be with, and how to reach them.</source>
            <translation>Freund:innen, Familie oder andere, die ich anrufen oder bei denen ich sein kann, und wie ich sie erreiche.</translation>
        </message>
        <message>
            <source>P&amp;rofessional contacts</source>
            <translation>&amp;Fachliche Kontakte</translation>
        </message>
        <message>
            <source>My counselor, doctor or clinic, with phone numbers and when they can be reached.</source>
            <translation>Meine Berater:in, Ärzt:in oder Klinik, mit Telefonnummern und wann sie erreichbar sind.</translation>
        </message>
        <message>
            <source>&amp;Crisis contacts</source>
            <translation>&amp;Krisenkontakte</translation>
        </message>
        <message>
            <source>Crisis lines and services near me, open day and night. Put my local emergency number here too.</source>
            <translation>Krisendienste und Anlaufstellen in meiner Nähe, Tag und Nacht erreichbar. Auch meine örtliche Notrufnummer gehört hierher.</translation>
        </message>
        <message>
            <source>Not saved yet: Companion could not write the plan. Your text is still here.</source>
            <translation>Noch nicht gespeichert: Companion konnte den Plan nicht schreiben. Dein Text ist noch da.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>This part is getting very long; it can't be saved like this.</source>
            <translation>Dieser Teil wird sehr lang; so kann er nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Plan a schedule</source>
            <translation>Einen Rhythmus planen</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Wie oft</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <source>Every three weeks</source>
            <translation>Alle drei Wochen</translation>
        </message>
        <message>
            <source>Every four weeks</source>
            <translation>Alle vier Wochen</translation>
        </message>
        <message>
            <source>Day of the week</source>
            <translation>Wochentag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>How you meet</source>
            <translation>Wie ihr euch trefft</translation>
        </message>
        <message>
            <source>Starting on</source>
            <translation>Beginnt am</translation>
        </message>
        <message>
            <source>For the next</source>
            <translation>Für die nächsten</translation>
        </message>
        <message>
            <source>For a number of months</source>
            <translation>Für eine Anzahl Monate</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source>Number of months</source>
            <translation>Anzahl der Monate</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Until a date</source>
            <translation>Bis zu einem Datum</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Letztes Datum</translation>
        </message>
        <message>
            <source>&amp;Counselor</source>
            <translation>&amp;Berater:in</translation>
        </message>
        <message>
            <source>&amp;Repeats</source>
            <translation>&amp;Wiederholt sich</translation>
        </message>
        <message>
            <source>&amp;On</source>
            <translation>&amp;Am</translation>
        </message>
        <message>
            <source>&amp;At</source>
            <translation>&amp;Um</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Wie</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>Be&amp;ginnt</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Endet</translation>
        </message>
        <message>
            <source>Sessions this makes</source>
            <translation>Gespräche, die dabei entstehen</translation>
        </message>
        <message>
            <source>1 session, on %1.</source>
            <translation>1 Gespräch, am %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n [session|sessions], from %1 to %2.</source>
            <translation>
                <numerusform>%n Gespräch, vom %1 bis %2.</numerusform>
                <numerusform>%n Gespräche, vom %1 bis %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search everything</source>
            <translation>Alles durchsuchen</translation>
        </message>
        <message>
            <source>Search journal entries, agenda items, session notes and feedback</source>
            <translation>Tagebucheinträge, Agenda-Punkte, Gesprächsnotizen und Feedback durchsuchen</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Suchstatus</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Gesprächsnotizen</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message numerus="yes">
            <source>%n [result|results]</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Move session</source>
            <translation>Gespräch verschieben</translation>
        </message>
        <message>
            <source>Plan a session</source>
            <translation>Ein Gespräch planen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>How you meet</source>
            <translation>Wie ihr euch trefft</translation>
        </message>
        <message>
            <source>&amp;Counselor</source>
            <translation>&amp;Berater:in</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Uhrzeit</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Wie</translation>
        </message>
        <message>
            <source>The session is planned again at its new time.</source>
            <translation>Das Gespräch ist zur neuen Zeit wieder geplant.</translation>
        </message>
        <message>
            <source>Date and time are on the clock of %1, where this session was planned (now %2 here).</source>
            <translation>Datum und Uhrzeit gelten für die Uhr von %1, wo dieses Gespräch geplant wurde (hier jetzt %2).</translation>
        </message>
        <message>
            <source>Date and time are on this computer's clock. Sessions with this counselor so far were planned in %1 time: the last one was at %2 here.</source>
            <translation>Datum und Uhrzeit gelten für die Uhr dieses Computers. Die bisherigen Gespräche mit dieser Berater:in wurden nach der Zeit von %1 geplant: das letzte war hier am %2.</translation>
        </message>
        <message>
            <source>This session is no longer in Companion.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion.</translation>
        </message>
    </context>
    <context>
        <name>Sessions</name>
        <message>
            <source>In person</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videoanruf</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefonat</translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Nur ich</translation>
        </message>
        <message>
            <source>Couples</source>
            <translation>Paar</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>Wie ist es gelaufen?</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Wahrgenommen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verpasst</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>%1 (ended)</source>
            <translation>%1 (beendet)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message numerus="yes">
            <source>%n [hour|hours]</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>Sessions</source>
            <extracomment>Delete choices for a session that belongs to a schedule.</extracomment>
            <translation>Gespräche</translation>
        </message>
        <message>
            <source>Show the sessions with one counselor</source>
            <translation>Die Gespräche mit einer Berater:in zeigen</translation>
        </message>
        <message>
            <source>&amp;Plan a session…</source>
            <translation>Ein Gespräch &amp;planen…</translation>
        </message>
        <message>
            <source>Plan a &amp;schedule…</source>
            <translation>Einen &amp;Rhythmus planen…</translation>
        </message>
        <message>
            <source>&amp;Import calendar file…</source>
            <translation>Kalenderdatei &amp;importieren…</translation>
        </message>
        <message>
            <source>Upcoming sessions</source>
            <translation>Kommende Gespräche</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Vergangene Gespräche</translation>
        </message>
        <message>
            <source>Sessions you have had will show here.</source>
            <translation>Gespräche, die du hattest, erscheinen hier.</translation>
        </message>
        <message>
            <source>&amp;Attended</source>
            <translation>&amp;Wahrgenommen</translation>
        </message>
        <message>
            <source>Ca&amp;ncelled</source>
            <translation>A&amp;bgesagt</translation>
        </message>
        <message>
            <source>&amp;Missed</source>
            <translation>&amp;Verpasst</translation>
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation>&amp;Verschieben…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Selected session:</source>
            <translation>Ausgewähltes Gespräch:</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Vergangen</translation>
        </message>
        <message>
            <source>Start by adding the counselor you see (a first name is enough). Then you can plan your sessions, set up a regular schedule, or import the appointments from a calendar file your practice sent.</source>
            <translation>Fang damit an, die Berater:in einzutragen, zu der du gehst (ein Vorname reicht). Dann kannst du deine Gespräche planen, einen regelmäßigen Rhythmus einrichten oder die Termine aus einer Kalenderdatei importieren, die deine Praxis geschickt hat.</translation>
        </message>
        <message>
            <source>Add a counselor…</source>
            <translation>Berater:in hinzufügen…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nothing planned yet. Plan your next session, set up a regular schedule, or import appointments from a calendar file.</source>
            <translation>Noch nichts geplant. Plane dein nächstes Gespräch, richte einen regelmäßigen Rhythmus ein oder importiere Termine aus einer Kalenderdatei.</translation>
        </message>
        <message>
            <source>Session planned.</source>
            <translation>Gespräch geplant.</translation>
        </message>
        <message>
            <source>Session moved.</source>
            <translation>Gespräch verschoben.</translation>
        </message>
        <message>
            <source>Those sessions were already planned; nothing was added.</source>
            <translation>Diese Gespräche waren schon geplant; es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Gelöscht.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Gespräch löschen</translation>
        </message>
        <message>
            <source>Delete the session on %1?</source>
            <translation>Das Gespräch am %1 löschen?</translation>
        </message>
        <message>
            <source>Notes you wrote about it are deleted with it.</source>
            <translation>Notizen, die du dazu geschrieben hast, werden mit gelöscht.</translation>
        </message>
        <message>
            <source>Delete this session</source>
            <translation>Dieses Gespräch löschen</translation>
        </message>
        <message>
            <source>Delete this and later ones of the schedule</source>
            <translation>Dieses und die späteren Gespräche des Rhythmus löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>That is no longer in Companion.</source>
            <translation>Das ist nicht mehr in Companion.</translation>
        </message>
        <message numerus="yes">
            <source>%n [session|sessions] planned.</source>
            <translation>
                <numerusform>%n Gespräch geplant.</numerusform>
                <numerusform>%n Gespräche geplant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [session|sessions] imported.</source>
            <translation>
                <numerusform>%n Gespräch importiert.</numerusform>
                <numerusform>%n Gespräche importiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Opening Companion</source>
            <translation>Companion öffnen</translation>
        </message>
        <message>
            <source>Remove passphrase</source>
            <translation>Passphrase entfernen</translation>
        </message>
        <message>
            <source>Show recovery key…</source>
            <translation>Wiederherstellungsschlüssel zeigen…</translation>
        </message>
        <message>
            <source>Create a new recovery key…</source>
            <translation>Einen neuen Wiederherstellungsschlüssel erstellen…</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Meldung der Einstellungen</translation>
        </message>
        <message>
            <source>Privacy and appearance</source>
            <translation>Privatsphäre und Darstellung</translation>
        </message>
        <message>
            <source>Lock after inactivity</source>
            <translation>Nach Inaktivität sperren</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
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
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>&amp;Hide my journal when Companion is not in front</source>
            <translation>Mein Tagebuch &amp;verbergen, wenn Companion nicht im Vordergrund ist</translation>
        </message>
        <message>
            <source>Covers the window with a plain panel while you use another app. It does not lock Companion.</source>
            <translation>Verdeckt das Fenster mit einer schlichten Fläche, während du eine andere App benutzt. Companion wird dabei nicht gesperrt.</translation>
        </message>
        <message>
            <source>&amp;Block screenshots of Companion</source>
            <translation>Bildschirmfotos von Companion &amp;blockieren</translation>
        </message>
        <message>
            <source>Companion then also shows as a blank window when you share your screen, for example in a video session.</source>
            <translation>Companion erscheint dann auch als leeres Fenster, wenn du deinen Bildschirm teilst, zum Beispiel in einem Videogespräch.</translation>
        </message>
        <message>
            <source>Available on Windows and macOS only.</source>
            <translation>Nur unter Windows und macOS verfügbar.</translation>
        </message>
        <message>
            <source>Companion then also shows as a blank window when you share your screen. Some newer recording apps on macOS may still see it.</source>
            <translation>Companion erscheint dann auch beim Teilen deines Bildschirms als leeres Fenster. Manche neueren Aufnahme-Apps unter macOS sehen es trotzdem.</translation>
        </message>
        <message>
            <source>&amp;Lock Companion</source>
            <translation>Companion &amp;sperren</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>Keep entry &amp;history for</source>
            <translation>&amp;Verlauf aufbewahren für</translation>
        </message>
        <message>
            <source>Reminders while Companion is open</source>
            <translation>Erinnerungen, während Companion geöffnet ist</translation>
        </message>
        <message>
            <source>The day before a session: prepare my agenda</source>
            <translation>Am Tag vor einem Gespräch: meine Agenda vorbereiten</translation>
        </message>
        <message>
            <source>After a session: write a few notes</source>
            <translation>Nach einem Gespräch: ein paar Notizen schreiben</translation>
        </message>
        <message>
            <source>Reminders never show what you wrote or who you see.</source>
            <translation>Erinnerungen zeigen nie, was du geschrieben hast oder zu wem du gehst.</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Keychain: on — opens without asking while you are logged in.</source>
            <translation>Schlüsselbund: an – öffnet ohne Nachfrage, solange du angemeldet bist.</translation>
        </message>
        <message>
            <source>Keychain: none available on this computer.</source>
            <translation>Schlüsselbund: auf diesem Computer keiner verfügbar.</translation>
        </message>
        <message>
            <source>Keychain: off.</source>
            <translation>Schlüsselbund: aus.</translation>
        </message>
        <message>
            <source>Passphrase: set.</source>
            <translation>Passphrase: festgelegt.</translation>
        </message>
        <message>
            <source>Passphrase: not set.</source>
            <translation>Passphrase: nicht festgelegt.</translation>
        </message>
        <message>
            <source>Your recovery key always works.</source>
            <translation>Dein Wiederherstellungsschlüssel funktioniert immer.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Passphrase ändern…</translation>
        </message>
        <message>
            <source>Set a passphrase…</source>
            <translation>Eine Passphrase festlegen…</translation>
        </message>
        <message>
            <source>Store the key in the keychain first, so Companion can still open without the recovery key.</source>
            <translation>Hinterlege den Schlüssel zuerst im Schlüsselbund, damit Companion sich auch ohne den Wiederherstellungsschlüssel öffnen lässt.</translation>
        </message>
        <message>
            <source>Stop using the keychain</source>
            <translation>Schlüsselbund nicht mehr verwenden</translation>
        </message>
        <message>
            <source>Store the key in the keychain</source>
            <translation>Den Schlüssel im Schlüsselbund hinterlegen</translation>
        </message>
        <message>
            <source>Set a passphrase first, so Companion can still open without the recovery key.</source>
            <translation>Leg zuerst eine Passphrase fest, damit Companion sich auch ohne den Wiederherstellungsschlüssel öffnen lässt.</translation>
        </message>
        <message>
            <source>The current passphrase is not right; nothing was changed.</source>
            <translation>Die aktuelle Passphrase stimmt nicht; es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Passphrase saved.</source>
            <translation>Passphrase gespeichert.</translation>
        </message>
        <message>
            <source>Companion will open from the keychain without asking. Anyone who can use your computer account could then open your journal. Remove the passphrase?</source>
            <translation>Companion öffnet sich dann über den Schlüsselbund ohne Nachfrage. Jede Person, die dein Benutzerkonto nutzen kann, könnte dann dein Tagebuch öffnen. Die Passphrase entfernen?</translation>
        </message>
        <message>
            <source>Passphrase removed.</source>
            <translation>Passphrase entfernt.</translation>
        </message>
        <message>
            <source>The key was removed from the keychain. Companion will ask for your passphrase.</source>
            <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt. Companion fragt nach deiner Passphrase.</translation>
        </message>
        <message>
            <source>No secure keychain is available: %1</source>
            <translation>Kein sicherer Schlüsselbund verfügbar: %1</translation>
        </message>
        <message>
            <source>The key is stored in the keychain.</source>
            <translation>Der Schlüssel ist im Schlüsselbund hinterlegt.</translation>
        </message>
        <message>
            <source>That did not work; nothing was changed.</source>
            <translation>Das hat nicht geklappt; es wurde nichts verändert.</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Dein Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Neuer Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Your current recovery key will stop working. Create a new one?</source>
            <translation>Dein aktueller Wiederherstellungsschlüssel funktioniert dann nicht mehr. Einen neuen erstellen?</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>Dein neuer Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Keep it somewhere safe, away from this computer.</source>
            <translation>Bewahre ihn an einem sicheren Ort auf, nicht auf diesem Computer.</translation>
        </message>
        <message numerus="yes">
            <source>After %n [minute|minutes]</source>
            <translation>
                <numerusform>Nach %n Minute</numerusform>
                <numerusform>Nach %n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShareList</name>
        <message>
            <source>What to share</source>
            <extracomment>A pictures row: the ids of all the entry's pictures, and of those a half tick stands for.</extracomment>
            <translation>Was du teilen möchtest</translation>
        </message>
        <message>
            <source>The agenda</source>
            <translation>Die Agenda</translation>
        </message>
        <message>
            <source>Nothing on the agenda yet.</source>
            <translation>Noch nichts auf der Agenda.</translation>
        </message>
        <message>
            <source>My notes from the last session</source>
            <translation>Meine Notizen aus dem letzten Gespräch</translation>
        </message>
        <message>
            <source>What I took away</source>
            <translation>Was ich mitgenommen habe</translation>
        </message>
        <message>
            <source>What I wanted to try</source>
            <translation>Was ich ausprobieren wollte</translation>
        </message>
        <message>
            <source>What did not feel right</source>
            <translation>Was sich nicht gut angefühlt hat</translation>
        </message>
        <message>
            <source>No notes from the last session.</source>
            <translation>Keine Notizen aus dem letzten Gespräch.</translation>
        </message>
        <message>
            <source>Journal entries</source>
            <translation>Tagebucheinträge</translation>
        </message>
        <message>
            <source>(empty entry)</source>
            <translation>(leerer Eintrag)</translation>
        </message>
        <message>
            <source>(to bring)</source>
            <translation>(zum Mitnehmen)</translation>
        </message>
        <message>
            <source>No journal entries to share in this period.</source>
            <translation>In diesem Zeitraum gibt es keine Tagebucheinträge zum Teilen.</translation>
        </message>
        <message>
            <source>Expectations and goals</source>
            <translation>Erwartungen und Ziele</translation>
        </message>
        <message>
            <source>No expectations or goals yet.</source>
            <translation>Noch keine Erwartungen oder Ziele.</translation>
        </message>
        <message>
            <source>Feedback notes ready to share</source>
            <translation>Feedback-Notizen, bereit zum Teilen</translation>
        </message>
        <message>
            <source>No feedback notes are marked ready.</source>
            <translation>Keine Feedback-Notiz ist als bereit markiert.</translation>
        </message>
        <message>
            <source>Check-ins, with their chart</source>
            <translation>Check-ins mit ihrem Diagramm</translation>
        </message>
        <message>
            <source>Mood chart</source>
            <translation>Stimmungsdiagramm</translation>
        </message>
        <message>
            <source>The pictures go into the summary with their entry, sized for print.</source>
            <translation>Die Bilder kommen mit ihrem Eintrag in die Zusammenfassung, in einer Größe passend für den Druck.</translation>
        </message>
        <message>
            <source>(nothing in this period)</source>
            <translation>(nichts in diesem Zeitraum)</translation>
        </message>
        <message numerus="yes">
            <source>With %n [picture|pictures]</source>
            <translation>
                <numerusform>Mit %n Bild</numerusform>
                <numerusform>Mit %n Bildern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With %1 of %n [picture|pictures]</source>
            <translation>
                <numerusform>Mit %1 von %n Bild</numerusform>
                <numerusform>Mit %1 von %n Bildern</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedFolderPage</name>
        <message>
            <source>Bring your journal to this computer</source>
            <extracomment>How a message about what was typed or chosen looks (as on the lock screen).</extracomment>
            <translation>Dein Tagebuch auf diesen Computer holen</translation>
        </message>
        <message>
            <source>Companion keeps your journal the same on your computers through a shared folder: a folder that your sync program (such as Syncthing, Dropbox or OneDrive) keeps the same on both of them. Companion only puts sealed, encrypted files there; it never goes on the internet itself.</source>
            <translation>Companion hält dein Tagebuch auf deinen Computern über einen gemeinsamen Ordner gleich: einen Ordner, den dein Sync-Programm (etwa Syncthing, Dropbox oder OneDrive) auf beiden gleich hält. Companion legt dort nur versiegelte, verschlüsselte Dateien ab; es geht selbst nie ins Internet.</translation>
        </message>
        <message>
            <source>Choose that folder on this computer. Your other computer needs to be syncing through it already, and your sync program needs to have finished copying it here: if it is still busy, please wait until it is done.</source>
            <translation>Wähle diesen Ordner auf diesem Computer aus. Dein anderer Computer muss schon darüber synchronisieren, und dein Sync-Programm muss ihn fertig hierher kopiert haben: Wenn es noch beschäftigt ist, warte bitte, bis es fertig ist.</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Gemeinsamer Ordner</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>Noch kein Ordner ausgewählt</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Ordner auswählen…</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Gemeinsamer Ordner:</translation>
        </message>
        <message>
            <source>Shared folder message</source>
            <translation>Meldung zum gemeinsamen Ordner</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Den gemeinsamen Ordner auswählen</translation>
        </message>
        <message>
            <source>This folder holds a Companion journal. Continue to open it with your recovery key.</source>
            <translation>In diesem Ordner liegt ein Companion-Tagebuch. Mit „Weiter“ öffnest du es mit deinem Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>Please choose the shared folder first.</source>
            <translation>Bitte wähle zuerst den gemeinsamen Ordner aus.</translation>
        </message>
        <message>
            <source>Companion cannot find this folder. If it is on a USB stick or a network drive, connect it and try again.</source>
            <translation>Companion findet diesen Ordner nicht. Wenn er auf einem USB-Stick oder einem Netzlaufwerk liegt, stell die Verbindung her und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>This folder does not hold a Companion journal. Please choose the folder your other computer syncs through. If sync was set up there only a moment ago, your sync program may still be copying it: wait until it is done, then try again.</source>
            <translation>In diesem Ordner liegt kein Companion-Tagebuch. Bitte wähle den Ordner, über den dein anderer Computer synchronisiert. Wenn die Synchronisierung dort gerade erst eingerichtet wurde, kopiert dein Sync-Programm ihn vielleicht noch: Warte, bis es fertig ist, und versuch es dann noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Search commands and keys</source>
            <translation>Befehle und Tasten suchen</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>Tastenkürzel durchsuchen</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Tab moves to the next control and Shift+Tab back. In menus and on buttons, Alt with the underlined letter does the same as a click.</source>
            <translation>Tab springt zum nächsten Bedienelement, Umschalt+Tab zurück. In Menüs und auf Schaltflächen wirkt Alt mit dem unterstrichenen Buchstaben wie ein Klick.</translation>
        </message>
        <message>
            <source>No shortcut matches “%1”.</source>
            <translation>Kein Tastenkürzel passt zu „%1“.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPreview</name>
        <message>
            <source>Preview of the summary</source>
            <translation>Vorschau der Zusammenfassung</translation>
        </message>
        <message>
            <source>Once you add a counselor, you can put together a summary for your next session here.</source>
            <translation>Sobald du eine Berater:in hinzufügst, kannst du hier eine Zusammenfassung für dein nächstes Gespräch zusammenstellen.</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Companion could not read or write the sync folder. Please check that it is there and that it can be written to.</source>
            <translation>Companion konnte im Sync-Ordner nicht lesen oder schreiben. Bitte prüf, ob er da ist und ob in ihn geschrieben werden darf.</translation>
        </message>
        <message>
            <source>Something went wrong while syncing. Companion will try again.</source>
            <translation>Beim Synchronisieren ist etwas schiefgegangen. Companion versucht es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsGroup</name>
        <message>
            <source>Sync between computers</source>
            <extracomment>Room for the folder's path before its middle is left out (the tooltip has all of it).</extracomment>
            <translation>Zwischen Computern synchronisieren</translation>
        </message>
        <message>
            <source>Companion never goes online. To keep your journal the same on more than one computer, it writes it, encrypted, into a folder that a sync program you already use keeps the same on your computers — for example Syncthing, Nextcloud, Dropbox, OneDrive or iCloud Drive — or onto a USB stick you carry between them. Everything goes, private entries too, always encrypted; private entries still never go into anything you export.</source>
            <extracomment>the last round's problems, in plain words (the folder away is one of them)</extracomment>
            <translation>Companion geht nie online. Damit dein Tagebuch auf mehreren Computern gleich bleibt, schreibt Companion es verschlüsselt in einen Ordner, den ein Sync-Programm, das du schon nutzt, auf deinen Computern gleich hält – zum Beispiel Syncthing, Nextcloud, Dropbox, OneDrive oder iCloud Drive –, oder auf einen USB-Stick, den du zwischen ihnen mitnimmst. Alles wird übertragen, auch private Einträge, immer verschlüsselt; private Einträge kommen trotzdem nie in etwas, das du exportierst.</translation>
        </message>
        <message>
            <source>Choose an empty folder inside the one your sync program looks after. On your other computer, choose “I already use Companion on another computer” when Companion starts for the first time, and type your recovery key.</source>
            <translation>Wähle einen leeren Ordner innerhalb des Ordners, um den sich dein Sync-Programm kümmert. Wähle auf deinem anderen Computer beim ersten Start von Companion „Ich nutze Companion schon auf einem anderen Computer“ und tippe deinen Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Ordner auswählen…</translation>
        </message>
        <message>
            <source>Computers sharing this journal:</source>
            <translation>Computer, die dieses Tagebuch teilen:</translation>
        </message>
        <message>
            <source>Computers sharing this journal</source>
            <translation>Computer, die dieses Tagebuch teilen</translation>
        </message>
        <message>
            <source>Sync problem</source>
            <translation>Problem beim Synchronisieren</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Remove from list</source>
            <translation>Aus der Liste entfernen</translation>
        </message>
        <message>
            <source>For a computer you no longer use. Its files stay in the sync folder.</source>
            <translation>Für einen Computer, den du nicht mehr benutzt. Seine Dateien bleiben im Sync-Ordner.</translation>
        </message>
        <message>
            <source>Stop syncing on this computer…</source>
            <translation>Auf diesem Computer nicht mehr synchronisieren…</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Fortschritt beim Synchronisieren</translation>
        </message>
        <message>
            <source>Sync message</source>
            <translation>Meldung zur Synchronisierung</translation>
        </message>
        <message>
            <source>Your journal syncs through: %1</source>
            <translation>Dein Tagebuch wird synchronisiert über: %1</translation>
        </message>
        <message>
            <source>%1 (this computer)</source>
            <translation>%1 (dieser Computer)</translation>
        </message>
        <message>
            <source>The computers show here once the sync folder can be read.</source>
            <translation>Die Computer erscheinen hier, sobald der Sync-Ordner gelesen werden kann.</translation>
        </message>
        <message>
            <source>no changes sent yet</source>
            <translation>noch keine Änderungen gesendet</translation>
        </message>
        <message>
            <source>last sent changes today at %1</source>
            <translation>zuletzt Änderungen gesendet heute um %1</translation>
        </message>
        <message>
            <source>last sent changes %1</source>
            <translation>zuletzt Änderungen gesendet am %1</translation>
        </message>
        <message>
            <source>The sync folder is not available right now. Is the drive or USB stick connected? Your changes wait here and go into the folder when it is back.</source>
            <translation>Der Sync-Ordner ist gerade nicht erreichbar. Ist das Laufwerk oder der USB-Stick angeschlossen? Deine Änderungen warten hier und kommen in den Ordner, sobald er wieder da ist.</translation>
        </message>
        <message>
            <source>That did not work. Please try again.</source>
            <translation>Das hat nicht geklappt. Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Den Sync-Ordner auswählen</translation>
        </message>
        <message>
            <source>Sync could not be set up there.</source>
            <translation>Dort ließ sich die Synchronisierung nicht einrichten.</translation>
        </message>
        <message>
            <source>Sync is set up.</source>
            <translation>Die Synchronisierung ist eingerichtet.</translation>
        </message>
        <message>
            <source>Sync is set up. On your other computer, choose “I already use Companion on another computer” when Companion starts for the first time, and type your recovery key.</source>
            <translation>Die Synchronisierung ist eingerichtet. Wähle auf deinem anderen Computer beim ersten Start von Companion „Ich nutze Companion schon auf einem anderen Computer“ und tippe deinen Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <source>Setting up sync… With a big journal this can take a little while.</source>
            <translation>Die Synchronisierung wird eingerichtet… Bei einem großen Tagebuch kann das eine Weile dauern.</translation>
        </message>
        <message>
            <source>Use this folder?</source>
            <translation>Diesen Ordner verwenden?</translation>
        </message>
        <message>
            <source>This folder already holds other files. Companion would put its own next to them. An empty folder of its own is tidier. Use this folder anyway?</source>
            <translation>In diesem Ordner liegen schon andere Dateien. Companion würde seine eigenen danebenlegen. Ein eigener, leerer Ordner ist übersichtlicher. Diesen Ordner trotzdem verwenden?</translation>
        </message>
        <message>
            <source>Up to date.</source>
            <translation>Alles aktuell.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <source>Stop syncing on this computer? Your journal here stays as it is, and the files in the sync folder stay too: your other computers keep syncing through it. You can set sync up here again at any time.</source>
            <translation>Auf diesem Computer nicht mehr synchronisieren? Dein Tagebuch hier bleibt, wie es ist, und die Dateien im Sync-Ordner bleiben auch: Deine anderen Computer synchronisieren weiter darüber. Du kannst die Synchronisierung hier jederzeit wieder einrichten.</translation>
        </message>
        <message>
            <source>Stop syncing</source>
            <translation>Nicht mehr synchronisieren</translation>
        </message>
        <message>
            <source>Sync is off on this computer. Your journal here and the files in the sync folder are as they were.</source>
            <translation>Auf diesem Computer wird nicht mehr synchronisiert. Dein Tagebuch hier und die Dateien im Sync-Ordner sind so geblieben, wie sie waren.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Take “%1” off the list? Do this for a computer you no longer use. Nothing is deleted: its files stay in the sync folder, and it shows here again if it syncs again.</source>
            <translation>„%1“ von der Liste nehmen? Mach das für einen Computer, den du nicht mehr benutzt. Es wird nichts gelöscht: Seine Dateien bleiben im Sync-Ordner, und er erscheint hier wieder, wenn er wieder synchronisiert.</translation>
        </message>
        <message>
            <source>“%1” is off the list.</source>
            <translation>„%1“ ist nicht mehr auf der Liste.</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Wird entfernt…</translation>
        </message>
        <message numerus="yes">
            <source>%n [change|changes] waiting to go into the sync folder</source>
            <translation>
                <numerusform>%n Änderung wartet darauf, in den Sync-Ordner zu kommen</numerusform>
                <numerusform>%n Änderungen warten darauf, in den Sync-Ordner zu kommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Up to date. %n [change|changes] came in from your other computers.</source>
            <translation>
                <numerusform>Alles aktuell. %n Änderung ist von deinen anderen Computern angekommen.</numerusform>
                <numerusform>Alles aktuell. %n Änderungen sind von deinen anderen Computern angekommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [change|changes] made here did not reach the sync folder yet. They go there if you set sync up again.</source>
            <translation>
                <numerusform>%n Änderung, die hier gemacht wurde, ist noch nicht im Sync-Ordner angekommen. Sie kommt dorthin, wenn du die Synchronisierung wieder einrichtest.</numerusform>
                <numerusform>%n Änderungen, die hier gemacht wurden, sind noch nicht im Sync-Ordner angekommen. Sie kommen dorthin, wenn du die Synchronisierung wieder einrichtest.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLabel</name>
        <message>
            <source>Sync status</source>
            <extracomment>"Synced just now" for this long after a round. The label's width: room for about this many characters, at most _MAX_WIDTH pixels. Where the first part of a problem's message ends (the tooltip has all of it).</extracomment>
            <translation>Sync-Status</translation>
        </message>
        <message>
            <source>Sync folder not available right now</source>
            <translation>Sync-Ordner gerade nicht erreichbar</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Gerade eben synchronisiert</translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>Synchronisiert um %1</translation>
        </message>
        <message>
            <source>Sync problem — click for details</source>
            <translation>Problem beim Synchronisieren – für Details klicken</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Last synced %1</source>
            <translation>Zuletzt synchronisiert am %1</translation>
        </message>
        <message>
            <source>Click for the sync settings.</source>
            <translation>Klick hier für die Einstellungen zur Synchronisierung.</translation>
        </message>
        <message>
            <source>Companion cannot reach the sync folder right now (%1). Is the drive or USB stick connected? Your changes are kept here and go into the folder when it is back.</source>
            <translation>Companion erreicht den Sync-Ordner gerade nicht (%1). Ist das Laufwerk oder der USB-Stick angeschlossen? Deine Änderungen bleiben hier gespeichert und kommen in den Ordner, sobald er wieder da ist.</translation>
        </message>
        <message>
            <source>Sync problem: %1</source>
            <translation>Problem beim Synchronisieren: %1</translation>
        </message>
        <message>
            <source>Your journal syncs through %1.</source>
            <translation>Dein Tagebuch wird über %1 synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>TagEdit</name>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Schlagwörter, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Rückgängig: %1</translation>
        </message>
    </context>
    <context>
        <name>UnexpectedError</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Something went wrong inside Companion, but your journal is safe: everything already saved is kept, and what you were typing is kept where possible.</source>
            <translation>In Companion ist etwas schiefgelaufen, aber dein Tagebuch ist sicher: Alles bereits Gespeicherte bleibt erhalten, und was du gerade geschrieben hast, wird behalten, wo es geht.</translation>
        </message>
        <message>
            <source>Please try again. If this keeps happening, restart Companion. A note of where it happened (never what you wrote) is in %1.</source>
            <translation>Bitte versuche es noch einmal. Wenn das wieder passiert, starte Companion neu. Eine Notiz, wo es passiert ist (nie, was du geschrieben hast), steht in %1.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Open Companion</source>
            <translation>Companion öffnen</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Willkommen zurück</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <source>Companion is locked</source>
            <translation>Companion ist gesperrt</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Your key is in this computer's keychain.</source>
            <translation>Dein Schlüssel liegt im Schlüsselbund dieses Computers.</translation>
        </message>
        <message>
            <source>Type your recovery key (dashes and case do not matter):</source>
            <translation>Tippe deinen Wiederherstellungsschlüssel ein (Bindestriche und Groß-/Kleinschreibung sind egal):</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>Meldung beim Entsperren</translation>
        </message>
        <message>
            <source>Open what could be recovered</source>
            <translation>Öffnen, was sich retten ließ</translation>
        </message>
        <message>
            <source>Open your journal without the saves that could not be recovered</source>
            <translation>Dein Tagebuch ohne die Speicherungen öffnen, die sich nicht retten ließen</translation>
        </message>
        <message>
            <source>Use my passphrase</source>
            <translation>Meine Passphrase verwenden</translation>
        </message>
        <message>
            <source>Use the keychain</source>
            <translation>Den Schlüsselbund verwenden</translation>
        </message>
        <message>
            <source>Use the recovery key instead</source>
            <translation>Stattdessen den Wiederherstellungsschlüssel verwenden</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Tippe deine Passphrase ein.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Wird entsperrt…</translation>
        </message>
        <message>
            <source>That passphrase did not open your journal.</source>
            <translation>Diese Passphrase hat dein Tagebuch nicht geöffnet.</translation>
        </message>
        <message>
            <source>That recovery key did not open your journal.</source>
            <translation>Dieser Wiederherstellungsschlüssel hat dein Tagebuch nicht geöffnet.</translation>
        </message>
        <message>
            <source>Something went wrong while opening your journal. Nothing was changed. Please try again.</source>
            <translation>Beim Öffnen deines Tagebuchs ist etwas schiefgegangen. Es wurde nichts verändert. Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Bitte versuch es noch einmal.</translation>
        </message>
        <message>
            <source>You can try again in %1 s.</source>
            <translation>Du kannst es in %1 s noch einmal versuchen.</translation>
        </message>
        <message>
            <source>A copy of the damaged file is kept in the backups folder.</source>
            <translation>Eine Kopie der beschädigten Datei liegt im Sicherungsordner.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Wird geöffnet …</translation>
        </message>
        <message>
            <source>There is no automatic backup to restore.</source>
            <translation>Es gibt keine automatische Sicherung, die sich wiederherstellen ließe.</translation>
        </message>
        <message>
            <source>There is no automatic backup to restore. Your file has been left exactly as it was.</source>
            <translation>Es gibt keine automatische Sicherung zum Wiederherstellen. Deine Datei ist genau so geblieben, wie sie war.</translation>
        </message>
        <message>
            <source>You can open what could be recovered, or restore the most recent copy of your journal instead (what you wrote after %1 is not in it).</source>
            <translation>Du kannst öffnen, was sich retten ließ, oder stattdessen die neueste Kopie deines Tagebuchs wiederherstellen (was du nach %1 geschrieben hast, ist nicht darin).</translation>
        </message>
        <message>
            <source>You can restore the most recent copy of your journal: what you wrote after %1 is not in it.</source>
            <translation>Du kannst die neueste Kopie deines Tagebuchs wiederherstellen: Was du nach %1 geschrieben hast, ist nicht darin.</translation>
        </message>
        <message>
            <source>Restore the copy kept before a restore, from %1</source>
            <translation>Die vor einer Wiederherstellung aufbewahrte Kopie vom %1 wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the backup from %1</source>
            <translation>Die Sicherung vom %1 wiederherstellen</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Wird wiederhergestellt…</translation>
        </message>
    </context>
    <context>
        <name>Veil</name>
        <message>
            <source>Companion is in the background.</source>
            <translation>Companion ist im Hintergrund.</translation>
        </message>
        <message>
            <source>Companion is in the background</source>
            <translation>Companion ist im Hintergrund</translation>
        </message>
    </context>
    <context>
        <name>agenda_prompts</name>
        <message>
            <source>What do I hope for from this session?</source>
            <translation>Was erhoffe ich mir von diesem Gespräch?</translation>
        </message>
        <message>
            <source>Is there something I have not said yet?</source>
            <translation>Gibt es etwas, das ich noch nicht gesagt habe?</translation>
        </message>
        <message>
            <source>What has been on my mind most since last time?</source>
            <translation>Was hat mich seit dem letzten Mal am meisten beschäftigt?</translation>
        </message>
        <message>
            <source>What went better than I expected, even a little?</source>
            <translation>Was lief besser als erwartet, wenn auch nur ein bisschen?</translation>
        </message>
        <message>
            <source>Is anything from last time still unclear to me?</source>
            <translation>Ist mir vom letzten Mal noch etwas unklar?</translation>
        </message>
        <message>
            <source>How did trying things out between sessions go?</source>
            <translation>Wie ist das Ausprobieren zwischen den Gesprächen gelaufen?</translation>
        </message>
        <message>
            <source>Is there anything about how our sessions work that I'd like to change?</source>
            <translation>Gibt es etwas an der Art unserer Gespräche, das ich gern ändern würde?</translation>
        </message>
        <message>
            <source>What would make me leave this session feeling it was worth it?</source>
            <translation>Was bräuchte es, damit ich aus diesem Gespräch gehe und das Gefühl habe, es hat sich gelohnt?</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>That passphrase did not open your journal.</source>
            <translation>Diese Passphrase hat dein Tagebuch nicht geöffnet.</translation>
        </message>
        <message>
            <source>Companion is already open.</source>
            <translation>Companion ist schon geöffnet.</translation>
        </message>
        <message>
            <source>Companion is already open; its window was brought forward.</source>
            <translation>Companion ist schon geöffnet; sein Fenster wurde nach vorn geholt.</translation>
        </message>
        <message>
            <source>setting up a journal in this folder was interrupted before anything was written in it; start the app normally to set it up again.</source>
            <translation>das Einrichten eines Tagebuchs in diesem Ordner wurde unterbrochen, bevor etwas hineingeschrieben wurde; starte die App wie gewohnt, um es neu einzurichten.</translation>
        </message>
        <message>
            <source>there is no profile in this folder yet; create one with 'companion demo-data' or start the app normally.</source>
            <translation>in diesem Ordner gibt es noch kein Profil; leg eins mit 'companion demo-data' an oder starte die App wie gewohnt.</translation>
        </message>
        <message>
            <source>this profile needs a passphrase (--passphrase-stdin).</source>
            <translation>dieses Profil braucht eine Passphrase (--passphrase-stdin).</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>FILE|FOLDER</source>
            <translation>DATEI|ORDNER</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>the language of Companion's messages (default: the one chosen in Settings, else the system's)</source>
            <translation>die Sprache, in der Companion mit dir spricht (sonst die in den Einstellungen gewählte, oder die des Systems)</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Angaben</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>%1: error: %2</source>
            <translation>%1: Fehler: %2</translation>
        </message>
        <message>
            <source>the following arguments are required: %1</source>
            <translation>diese Angaben fehlen noch: %1</translation>
        </message>
        <message>
            <source>unrecognized arguments: %1</source>
            <translation>diese Angaben kennt Companion nicht: %1</translation>
        </message>
        <message>
            <source>one of the arguments %1 is required</source>
            <translation>eine dieser Angaben wird gebraucht: %1</translation>
        </message>
        <message>
            <source>argument %1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>invalid choice: %1 (choose from %2)</source>
            <translation>%1 ist keine der möglichen Angaben (wähle aus %2)</translation>
        </message>
        <message>
            <source>invalid value: %1</source>
            <translation>%1 passt hier nicht</translation>
        </message>
        <message>
            <source>expected one value</source>
            <translation>hier fehlt ein Wert</translation>
        </message>
        <message numerus="yes">
            <source>expected %n [value|values]</source>
            <translation>
                <numerusform>hier wird %n Wert gebraucht</numerusform>
                <numerusform>hier werden %n Werte gebraucht</numerusform>
            </translation>
        </message>
        <message>
            <source>expected at least one value</source>
            <translation>hier wird mindestens ein Wert gebraucht</translation>
        </message>
        <message>
            <source>not allowed with argument %1</source>
            <translation>geht nicht zusammen mit %1</translation>
        </message>
        <message>
            <source>ignored explicit argument %1</source>
            <translation>%1 wurde hier nicht erwartet</translation>
        </message>
        <message>
            <source>Companion: a private journal between counseling sessions.</source>
            <translation>Companion: ein privates Tagebuch zwischen deinen Beratungsgesprächen.</translation>
        </message>
        <message>
            <source>show Companion's version and exit</source>
            <translation>die Version von Companion zeigen und beenden</translation>
        </message>
        <message>
            <source>open a throwaway profile filled with generated example data</source>
            <translation>ein Wegwerf-Profil mit erzeugten Beispieldaten öffnen</translation>
        </message>
        <message>
            <source>start, unlock, show the main window with its data, then exit 0</source>
            <translation>starten, entsperren, das Hauptfenster mit seinen Daten zeigen, dann mit 0 beenden</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>Befehle</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>BEFEHL</translation>
        </message>
        <message>
            <source>export a summary to share, or everything to an archive</source>
            <translation>eine Zusammenfassung zum Teilen exportieren, oder alles in ein Archiv</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WAS</translation>
        </message>
        <message>
            <source>Companion could not use “%1”: %2.</source>
            <translation>Companion konnte „%1“ nicht verwenden: %2.</translation>
        </message>
        <message>
            <source>Companion could not go on: %1.</source>
            <translation>Companion konnte nicht weitermachen: %1.</translation>
        </message>
        <message>
            <source>say what to export: summary or archive</source>
            <translation>sag, was exportiert werden soll: summary (Zusammenfassung) oder archive (Archiv)</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>ORDNER</translation>
        </message>
    </context>
    <context>
        <name>cli.backup</name>
        <message>
            <source>the profile folder (default: the usual one)</source>
            <translation>der Profilordner (sonst der übliche)</translation>
        </message>
        <message>
            <source>write an encrypted backup file that can be restored on another computer</source>
            <translation>eine verschlüsselte Sicherung schreiben, die sich auch auf einem anderen Computer wiederherstellen lässt</translation>
        </message>
        <message>
            <source>the backup file, or a folder to write it into under a name of its own</source>
            <translation>die Sicherungsdatei, oder ein Ordner, in den sie unter einem eigenen Namen geschrieben wird</translation>
        </message>
        <message>
            <source>replace the profile with an encrypted backup (the current one is kept aside)</source>
            <translation>das Profil durch eine verschlüsselte Sicherung ersetzen (das jetzige wird beiseitegelegt)</translation>
        </message>
        <message>
            <source>the .companion-backup file</source>
            <translation>die .companion-backup-Datei</translation>
        </message>
        <message>
            <source>the keystore.json of a journal that was kept aside without it</source>
            <translation>die keystore.json eines Tagebuchs, das ohne sie beiseitegelegt wurde</translation>
        </message>
        <message>
            <source>restore even when the backup holds a different journal from the one in the profile folder (that journal is kept aside in its backups folder first)</source>
            <translation>auch dann wiederherstellen, wenn die Sicherung ein anderes Tagebuch enthält als das im Profilordner (jenes wird vorher in seinem Sicherungsordner beiseitegelegt)</translation>
        </message>
        <message>
            <source>export everything as JSON and CSV in a zip (NOT encrypted)</source>
            <translation>alles als JSON und CSV in eine ZIP-Datei exportieren (NICHT verschlüsselt)</translation>
        </message>
        <message>
            <source>include private journal entries</source>
            <translation>private Tagebucheinträge mitnehmen</translation>
        </message>
        <message>
            <source>include the safety plan</source>
            <translation>den Krisenplan mitnehmen</translation>
        </message>
        <message>
            <source>Encrypted backup written to %1</source>
            <translation>Verschlüsselte Sicherung gespeichert unter %1</translation>
        </message>
        <message>
            <source>Give --passphrase-stdin or --recovery-key-stdin to restore a backup.</source>
            <translation>Gib --passphrase-stdin oder --recovery-key-stdin an, um eine Sicherung wiederherzustellen.</translation>
        </message>
        <message>
            <source>Companion is open with this profile. Close it first: a restore replaces the journal's files, and the open window would go on writing to the old ones.</source>
            <translation>Companion ist mit diesem Profil geöffnet. Schließ es bitte zuerst: Beim Wiederherstellen werden die Dateien des Tagebuchs ersetzt, und das offene Fenster würde weiter in die alten schreiben.</translation>
        </message>
        <message>
            <source>The backup was made %1.</source>
            <translation>Die Sicherung wurde am %1 erstellt.</translation>
        </message>
        <message>
            <source>It is not known when the backup was made.</source>
            <translation>Wann die Sicherung erstellt wurde, ist nicht bekannt.</translation>
        </message>
        <message numerus="yes">
            <source>It holds %n journal [entry|entries], the newest from %1.</source>
            <translation>
                <numerusform>Sie enthält %n Tagebucheintrag vom %1.</numerusform>
                <numerusform>Sie enthält %n Tagebucheinträge, den neuesten vom %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It holds %n journal [entry|entries].</source>
            <translation>
                <numerusform>Sie enthält %n Tagebucheintrag.</numerusform>
                <numerusform>Sie enthält %n Tagebucheinträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give --replace-other-journal to restore it anyway.</source>
            <translation>Gib --replace-other-journal an, um sie trotzdem wiederherzustellen.</translation>
        </message>
        <message>
            <source>Restored the backup made %1 into %2</source>
            <translation>Die Sicherung vom %1 wurde in %2 wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored the backup into %1</source>
            <translation>Die Sicherung wurde in %1 wiederhergestellt</translation>
        </message>
        <message>
            <source>The journal that was there before is kept aside in its backups folder.</source>
            <translation>Das Tagebuch, das vorher dort war, liegt beiseitegelegt in seinem Sicherungsordner.</translation>
        </message>
        <message numerus="yes">
            <source>Archive with %n [record|records] written to %1</source>
            <translation>
                <numerusform>Archiv mit %n Datensatz gespeichert unter %1</numerusform>
                <numerusform>Archiv mit %n Datensätzen gespeichert unter %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It holds %n [file|files] kept with entries too.</source>
            <translation>
                <numerusform>Es enthält auch %n Datei, die bei Einträgen liegt.</numerusform>
                <numerusform>Es enthält auch %n Dateien, die bei Einträgen liegen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: the archive is NOT encrypted. Keep it somewhere private.</source>
            <translation>Hinweis: Das Archiv ist NICHT verschlüsselt. Bewahre es an einem privaten Ort auf.</translation>
        </message>
    </context>
    <context>
        <name>cli.calendar_import</name>
        <message>
            <source>No counselor in this profile has that name.</source>
            <translation>In diesem Profil gibt es keine Berater:in mit diesem Namen.</translation>
        </message>
        <message>
            <source>Appointments are added to a counselor: add your counselor in Companion first (Sessions), then import again.</source>
            <translation>Termine gehören zu einer Berater:in: Trag deine Berater:in zuerst in Companion ein (Gespräche) und importiere dann noch einmal.</translation>
        </message>
        <message numerus="yes">
            <source>This profile has %n active [counselor|counselors]; choose one with --counselor NAME.</source>
            <translation>
                <numerusform>Dieses Profil hat %n aktive Berater:in; wähle eine:n mit --counselor NAME.</numerusform>
                <numerusform>Dieses Profil hat %n aktive Berater:innen; wähle eine:n mit --counselor NAME.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n [appointment|appointments] in %1.</source>
            <translation>
                <numerusform>%n Termin in %1 gefunden.</numerusform>
                <numerusform>%n Termine in %1 gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>Vom %1 bis %2.</translation>
        </message>
        <message numerus="yes">
            <source>New: %n.</source>
            <translation>
                <numerusform>Neu: %n.</numerusform>
                <numerusform>Neu: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already imported (skipped): %n.</source>
            <translation>
                <numerusform>Schon importiert (übersprungen): %n.</numerusform>
                <numerusform>Schon importiert (übersprungen): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already over (left out; add them with --include-past): %n.</source>
            <translation>
                <numerusform>Schon vorbei (ausgelassen; mit --include-past hinzufügen): %n.</numerusform>
                <numerusform>Schon vorbei (ausgelassen; mit --include-past hinzufügen): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From extra dates in the file: %n.</source>
            <translation>
                <numerusform>Aus zusätzlichen Daten in der Datei: %n.</numerusform>
                <numerusform>Aus zusätzlichen Daten in der Datei: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All-day events (left out): %n.</source>
            <translation>
                <numerusform>Ganztägige Termine (ausgelassen): %n.</numerusform>
                <numerusform>Ganztägige Termine (ausgelassen): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled (left out): %n.</source>
            <translation>
                <numerusform>Abgesagt (ausgelassen): %n.</numerusform>
                <numerusform>Abgesagt (ausgelassen): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a usable time (left out): %n.</source>
            <translation>
                <numerusform>Ohne brauchbare Uhrzeit (ausgelassen): %n.</numerusform>
                <numerusform>Ohne brauchbare Uhrzeit (ausgelassen): %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some appointments repeat for a long time: only the most recent ones, up to a year ahead, are listed.</source>
            <translation>Manche Termine wiederholen sich sehr lange: Nur die nächstliegenden, bis zu einem Jahr im Voraus, werden aufgeführt.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>Please choose one calendar file to import.</source>
            <translation>Bitte wähle eine Kalenderdatei zum Importieren.</translation>
        </message>
        <message>
            <source>There is nothing new to add from this file.</source>
            <translation>Aus dieser Datei gibt es nichts Neues hinzuzufügen.</translation>
        </message>
        <message>
            <source>Nothing was imported; run again with --yes to import.</source>
            <translation>Es wurde nichts importiert; starte den Befehl mit --yes noch einmal, um zu importieren.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n planned [session|sessions].</source>
            <translation>
                <numerusform>%n geplantes Gespräch hinzugefügt.</numerusform>
                <numerusform>%n geplante Gespräche hinzugefügt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.demo_data</name>
        <message>
            <source>create (if needed) and fill a profile with generated example data</source>
            <translation>ein Profil (falls nötig) anlegen und mit erzeugten Beispieldaten füllen</translation>
        </message>
        <message>
            <source>years of entries (default 1; 0 creates an empty profile)</source>
            <translation>Jahre mit Einträgen (sonst 1; 0 legt ein leeres Profil an)</translation>
        </message>
        <message>
            <source>journal entries on each day that has some (1 to %1, default 1)</source>
            <translation>Tagebucheinträge an jedem Tag, der welche hat (1 bis %1, sonst 1)</translation>
        </message>
        <message>
            <source>also add demo data to a profile that already has journal entries</source>
            <translation>Beispieldaten auch zu einem Profil hinzufügen, das schon Tagebucheinträge hat</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to %1</source>
            <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
        </message>
        <message>
            <source>--years must be from 0 (an empty profile) to 100.</source>
            <translation>--years muss zwischen 0 (ein leeres Profil) und 100 liegen.</translation>
        </message>
        <message>
            <source>--entries-per-day must be a whole number from 1 to %1; nothing was created.</source>
            <translation>--entries-per-day muss eine ganze Zahl von 1 bis %1 sein; es wurde nichts angelegt.</translation>
        </message>
        <message>
            <source>Companion is open with this profile. Close it first.</source>
            <translation>Companion ist mit diesem Profil geöffnet. Schließ es bitte zuerst.</translation>
        </message>
        <message numerus="yes">
            <source>The profile in %1 already has %n journal [entry|entries]; demo data is only added to a new or empty profile (give --into-existing to add it anyway).</source>
            <translation>
                <numerusform>Das Profil in %1 hat schon %n Tagebucheintrag; Beispieldaten kommen nur in ein neues oder leeres Profil (gib --into-existing an, um sie trotzdem hinzuzufügen).</numerusform>
                <numerusform>Das Profil in %1 hat schon %n Tagebucheinträge; Beispieldaten kommen nur in ein neues oder leeres Profil (gib --into-existing an, um sie trotzdem hinzuzufügen).</numerusform>
            </translation>
        </message>
        <message>
            <source>No demo data added (--years 0).</source>
            <translation>Keine Beispieldaten hinzugefügt (--years 0).</translation>
        </message>
        <message numerus="yes">
            <source>Added %n journal [entry|entries] in %1 s.</source>
            <translation>
                <numerusform>%n Tagebucheintrag in %1 s hinzugefügt.</numerusform>
                <numerusform>%n Tagebucheinträge in %1 s hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added %1 in %2 s.</source>
            <translation>In %2 s hinzugefügt: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n [counselor|counselors]</source>
            <translation>
                <numerusform>%n Berater:in</numerusform>
                <numerusform>%n Berater:innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [session|sessions]</source>
            <translation>
                <numerusform>%n Gespräch</numerusform>
                <numerusform>%n Gespräche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda [item|items]</source>
            <translation>
                <numerusform>%n Punkt auf der Agenda</numerusform>
                <numerusform>%n Punkte auf der Agenda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [goal|goals]</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n progress [rating|ratings]</source>
            <translation>
                <numerusform>%n Einschätzung</numerusform>
                <numerusform>%n Einschätzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback [note|notes]</source>
            <translation>
                <numerusform>%n Feedback-Notiz</numerusform>
                <numerusform>%n Feedback-Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [check-in|check-ins]</source>
            <translation>
                <numerusform>%n Check-in</numerusform>
                <numerusform>%n Check-ins</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.importing</name>
        <message>
            <source>import entries from jrnl, Day One, Daylio or Markdown/text files, or appointments from a calendar file (.ics)</source>
            <translation>Einträge aus jrnl, Day One, Daylio oder Markdown-/Textdateien importieren, oder Termine aus einer Kalenderdatei (.ics)</translation>
        </message>
        <message>
            <source>the app the export is from; ics for a calendar file of appointments</source>
            <translation>die App, aus der der Export stammt; ics für eine Kalenderdatei mit Terminen</translation>
        </message>
        <message>
            <source>import after showing the preview (else only preview)</source>
            <translation>nach der Vorschau importieren (sonst nur die Vorschau zeigen)</translation>
        </message>
        <message>
            <source>calendar files (--kind ics)</source>
            <translation>Kalenderdateien (--kind ics)</translation>
        </message>
        <message>
            <source>the counselor the sessions are with (needed when there are several)</source>
            <translation>die Berater:in, mit der die Gespräche sind (nötig, wenn es mehrere gibt)</translation>
        </message>
        <message>
            <source>your IANA time zone, for times without one (default: this computer's)</source>
            <translation>deine IANA-Zeitzone, für Uhrzeiten ohne Zeitzone (sonst die dieses Computers)</translation>
        </message>
        <message>
            <source>how you meet (default: in_person)</source>
            <translation>wie ihr euch trefft (sonst in_person, vor Ort)</translation>
        </message>
        <message>
            <source>also add appointments that are already over</source>
            <translation>auch Termine hinzufügen, die schon vorbei sind</translation>
        </message>
        <message>
            <source>the exported file (or folder; several files for markdown)</source>
            <translation>die exportierte Datei (oder ein Ordner; bei markdown mehrere Dateien)</translation>
        </message>
        <message numerus="yes">
            <source>Found %n [entry|entries] in %1.</source>
            <translation>
                <numerusform>%n Eintrag in %1 gefunden.</numerusform>
                <numerusform>%n Einträge in %1 gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>Vom %1 bis %2.</translation>
        </message>
        <message numerus="yes">
            <source>New: %n.</source>
            <translation>
                <numerusform>Neu: %n.</numerusform>
                <numerusform>Neu: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Photos and pictures with them: %n.</source>
            <translation>
                <numerusform>Fotos und Bilder dazu: %n.</numerusform>
                <numerusform>Fotos und Bilder dazu: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already in your journal (skipped): %n.</source>
            <translation>
                <numerusform>Schon in deinem Tagebuch (übersprungen): %n.</numerusform>
                <numerusform>Schon in deinem Tagebuch (übersprungen): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeated in the file (imported once): %n.</source>
            <translation>
                <numerusform>Mehrfach in der Datei (einmal importiert): %n.</numerusform>
                <numerusform>Mehrfach in der Datei (einmal importiert): %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With a mood: %n.</source>
            <translation>
                <numerusform>Mit Stimmung: %n.</numerusform>
                <numerusform>Mit Stimmung: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message numerus="yes">
            <source>Tags: %1 and %n more.</source>
            <translation>
                <numerusform>Schlagwörter: %1 und %n weiteres.</numerusform>
                <numerusform>Schlagwörter: %1 und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tags: %1.</source>
            <translation>Schlagwörter: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n [photo|photos].</source>
            <translation>
                <numerusform>Nicht importiert: %n Foto.</numerusform>
                <numerusform>Nicht importiert: %n Fotos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n [picture|pictures].</source>
            <translation>
                <numerusform>Nicht importiert: %n Bild.</numerusform>
                <numerusform>Nicht importiert: %n Bilder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n [video|videos].</source>
            <translation>
                <numerusform>Nicht importiert: %n Video.</numerusform>
                <numerusform>Nicht importiert: %n Videos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n audio [recording|recordings].</source>
            <translation>
                <numerusform>Nicht importiert: %n Tonaufnahme.</numerusform>
                <numerusform>Nicht importiert: %n Tonaufnahmen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n PDF [attachment|attachments].</source>
            <translation>
                <numerusform>Nicht importiert: %n PDF-Anhang.</numerusform>
                <numerusform>Nicht importiert: %n PDF-Anhänge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: %n empty [entry|entries].</source>
            <translation>
                <numerusform>Nicht importiert: %n leerer Eintrag.</numerusform>
                <numerusform>Nicht importiert: %n leere Einträge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported; run again with --yes to import.</source>
            <translation>Es wurde nichts importiert; starte den Befehl mit --yes noch einmal, um zu importieren.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n [entry|entries].</source>
            <translation>
                <numerusform>%n Eintrag importiert.</numerusform>
                <numerusform>%n Einträge importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept %n [photo or picture|photos and pictures] with them.</source>
            <translation>
                <numerusform>%n Foto oder Bild dazu übernommen.</numerusform>
                <numerusform>%n Fotos und Bilder dazu übernommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no Companion profile in %1. Check --data-dir, or open Companion once to set up your journal.</source>
            <translation>In %1 gibt es kein Companion-Profil. Prüfe --data-dir, oder öffne Companion einmal, um dein Tagebuch einzurichten.</translation>
        </message>
        <message>
            <source>nothing was imported.</source>
            <translation>es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>cli.passphrase</name>
        <message>
            <source>--passphrase-stdin was given but standard input was empty.</source>
            <translation>--passphrase-stdin wurde angegeben, aber die Standardeingabe war leer.</translation>
        </message>
    </context>
    <context>
        <name>cli.profile_options</name>
        <message>
            <source>use the profile in this folder instead of the default one</source>
            <translation>das Profil in diesem Ordner statt des üblichen verwenden</translation>
        </message>
        <message>
            <source>read the passphrase from the first line of standard input</source>
            <translation>die Passphrase aus der ersten Zeile der Standardeingabe lesen</translation>
        </message>
        <message>
            <source>read the recovery key from the first line of standard input</source>
            <translation>den Wiederherstellungsschlüssel aus der ersten Zeile der Standardeingabe lesen</translation>
        </message>
        <message>
            <source>--data-dir was given twice with different folders</source>
            <translation>--data-dir wurde zweimal mit verschiedenen Ordnern angegeben</translation>
        </message>
        <message>
            <source>give either --passphrase-stdin or --recovery-key-stdin, not both</source>
            <translation>gib entweder --passphrase-stdin oder --recovery-key-stdin an, nicht beides</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>Profil: %1</translation>
        </message>
        <message>
            <source>The recovery key was expected on standard input but it was empty.</source>
            <translation>Der Wiederherstellungsschlüssel wurde auf der Standardeingabe erwartet, aber sie war leer.</translation>
        </message>
        <message>
            <source>The passphrase was expected on standard input but it was empty.</source>
            <translation>Die Passphrase wurde auf der Standardeingabe erwartet, aber sie war leer.</translation>
        </message>
        <message>
            <source>There is no Companion profile in %1.</source>
            <translation>In %1 gibt es kein Companion-Profil.</translation>
        </message>
        <message>
            <source>Setting up a profile in %1 was interrupted earlier; starting it over.</source>
            <translation>Das Einrichten eines Profils in %1 wurde vorhin unterbrochen; es beginnt neu.</translation>
        </message>
        <message>
            <source>No trustworthy keychain here: give a passphrase with --passphrase-stdin.</source>
            <translation>Hier gibt es keinen vertrauenswürdigen Schlüsselbund: Gib eine Passphrase mit --passphrase-stdin an.</translation>
        </message>
        <message>
            <source>Created a new profile in %1</source>
            <translation>Neues Profil angelegt in %1</translation>
        </message>
        <message>
            <source>Recovery key (keep it somewhere safe, it is shown only now): %1</source>
            <translation>Wiederherstellungsschlüssel (bewahre ihn sicher auf, er wird nur jetzt gezeigt): %1</translation>
        </message>
        <message>
            <source>A copy was kept in %1.</source>
            <translation>Eine Kopie liegt in %1.</translation>
        </message>
        <message>
            <source>To restore the latest automatic backup: %1</source>
            <translation>So stellst du die neueste automatische Sicherung wieder her: %1</translation>
        </message>
    </context>
    <context>
        <name>cli.self_test</name>
        <message>
            <source>check encryption, storage and search in a temporary profile, and with --data-dir that profile too (keystore, crash log, every page, newest backup); exit 0 if all is well</source>
            <translation>Verschlüsselung, Speichern und Suche in einem vorübergehenden Profil prüfen, mit --data-dir auch jenes Profil (Schlüsseldatei, Absturzprotokoll, jede Seite, neueste Sicherung); 0, wenn alles in Ordnung ist</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>Profil: %1</translation>
        </message>
        <message>
            <source>there is no profile in this folder</source>
            <translation>in diesem Ordner gibt es kein Profil</translation>
        </message>
        <message>
            <source>the journal is there but its keystore.json is not</source>
            <translation>das Tagebuch ist da, aber seine keystore.json nicht</translation>
        </message>
        <message>
            <source>setting this profile up was interrupted</source>
            <translation>das Einrichten dieses Profils wurde unterbrochen</translation>
        </message>
        <message>
            <source>Profile check FAILED: %1.</source>
            <translation>Profilprüfung FEHLGESCHLAGEN: %1.</translation>
        </message>
        <message>
            <source>Keystore: OK</source>
            <translation>Schlüsseldatei: in Ordnung</translation>
        </message>
        <message>
            <source>Log left by a crash: none</source>
            <translation>Protokoll nach einem Absturz: keins</translation>
        </message>
        <message>
            <source>Log left by a crash: DAMAGED (opening would lose recent saves)</source>
            <translation>Protokoll nach einem Absturz: BESCHÄDIGT (beim Öffnen gingen die letzten Speicherungen verloren)</translation>
        </message>
        <message numerus="yes">
            <source>Log left by a crash: intact (%n [save|saves] to replay)</source>
            <translation>
                <numerusform>Protokoll nach einem Absturz: unversehrt (%n Speicherung wird nachgeholt)</numerusform>
                <numerusform>Protokoll nach einem Absturz: unversehrt (%n Speicherungen werden nachgeholt)</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile check FAILED: %1</source>
            <translation>Profilprüfung FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <source>Self-test passed.</source>
            <translation>Selbsttest bestanden.</translation>
        </message>
        <message>
            <source>Self-test FAILED.</source>
            <translation>Selbsttest FEHLGESCHLAGEN.</translation>
        </message>
        <message>
            <source>Keychain: %1</source>
            <translation>Schlüsselbund: %1</translation>
        </message>
        <message>
            <source>Keychain: none usable (%1)</source>
            <translation>Schlüsselbund: keiner verwendbar (%1)</translation>
        </message>
        <message>
            <source>what was read back differs from what was written</source>
            <translation>was zurückgelesen wurde, unterscheidet sich vom Geschriebenen</translation>
        </message>
        <message>
            <source>search did not find the entry</source>
            <translation>die Suche hat den Eintrag nicht gefunden</translation>
        </message>
        <message>
            <source>the journal file is not encrypted</source>
            <translation>die Tagebuchdatei ist nicht verschlüsselt</translation>
        </message>
        <message>
            <source>the recovery key did not open the profile</source>
            <translation>der Wiederherstellungsschlüssel hat das Profil nicht geöffnet</translation>
        </message>
        <message>
            <source>Temporary profile FAILED: %1</source>
            <translation>Vorübergehendes Profil FEHLGESCHLAGEN: %1</translation>
        </message>
        <message>
            <source>Encryption, migrations, writing, reading and search (temporary profile): OK</source>
            <translation>Verschlüsselung, Migrationen, Schreiben, Lesen und Suche (vorübergehendes Profil): in Ordnung</translation>
        </message>
    </context>
    <context>
        <name>cli.summary</name>
        <message>
            <source>write a summary to bring to your next session (PDF, HTML or Markdown)</source>
            <translation>eine Zusammenfassung für dein nächstes Gespräch schreiben (PDF, HTML oder Markdown)</translation>
        </message>
        <message>
            <source>the profile folder</source>
            <translation>der Profilordner</translation>
        </message>
        <message>
            <source>who the summary is for (default: your only, or first current, counselor)</source>
            <translation>für wen die Zusammenfassung ist (sonst deine einzige oder erste aktuelle Berater:in)</translation>
        </message>
        <message>
            <source>from the last attended session to today (the default)</source>
            <translation>vom letzten wahrgenommenen Gespräch bis heute (so ist es voreingestellt)</translation>
        </message>
        <message>
            <source>between two sessions (their ids)</source>
            <translation>zwischen zwei Gesprächen (ihre Nummern)</translation>
        </message>
        <message>
            <source>pdf, html or md (default: from the file name, else pdf)</source>
            <translation>pdf, html oder md (sonst nach dem Dateinamen, oder pdf)</translation>
        </message>
        <message>
            <source>PDF paper (default: as is usual where you live)</source>
            <translation>Papier für das PDF (sonst wie dort üblich, wo du lebst)</translation>
        </message>
        <message>
            <source>pictures kept with the included entries: none (the default), chosen (those chosen with their entry in the app's last saved summary) or all; in Markdown they are named, not shown</source>
            <translation>Bilder, die bei den enthaltenen Einträgen liegen: none (keine, voreingestellt), chosen (die in der zuletzt gespeicherten Zusammenfassung der App bei ihrem Eintrag gewählten) oder all (alle); in Markdown werden sie genannt, nicht gezeigt</translation>
        </message>
        <message>
            <source>“%1” is not a day Companion can read; write it as YYYY-MM-DD, for example 2026-03-14.</source>
            <translation>„%1“ ist kein Tag, den Companion lesen kann; schreib ihn als JJJJ-MM-TT, zum Beispiel 2026-03-14.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Den Ordner %1 gibt es nicht.</translation>
        </message>
        <message>
            <source>Give both --from and --to, or neither.</source>
            <translation>Gib --from und --to beide an oder keines von beiden.</translation>
        </message>
        <message>
            <source>There is no Companion profile in %1.</source>
            <translation>In %1 gibt es kein Companion-Profil.</translation>
        </message>
        <message>
            <source>This profile needs its passphrase on standard input.</source>
            <translation>Dieses Profil braucht seine Passphrase auf der Standardeingabe.</translation>
        </message>
        <message>
            <source>The summary could not be written (%1).</source>
            <translation>Die Zusammenfassung konnte nicht geschrieben werden (%1).</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
        <message>
            <source>There is no counselor in Companion yet, so there is no one to summarise for.</source>
            <translation>Companion hat noch keine Berater:in, also gibt es niemanden, für den du eine Zusammenfassung erstellen kannst.</translation>
        </message>
        <message>
            <source>No counselor has that name or number.</source>
            <translation>Keine Berater:in hat diesen Namen oder diese Nummer.</translation>
        </message>
    </context>
    <context>
        <name>cli.sync</name>
        <message>
            <source>sync the journal through a folder another program keeps in step (set it up with --folder; without it, run one round)</source>
            <translation>das Tagebuch über einen Ordner synchronisieren, den ein anderes Programm auf deinen Computern gleich hält (mit --folder einrichten; ohne --folder einmal synchronisieren)</translation>
        </message>
        <message>
            <source>the shared folder (sets up sync)</source>
            <translation>der gemeinsame Ordner (richtet die Synchronisierung ein)</translation>
        </message>
        <message>
            <source>make a new profile from a journal another computer syncs through a folder</source>
            <translation>ein neues Profil aus einem Tagebuch anlegen, das ein anderer Computer über einen Ordner synchronisiert</translation>
        </message>
        <message>
            <source>the shared folder</source>
            <translation>der gemeinsame Ordner</translation>
        </message>
        <message>
            <source>the new profile's folder</source>
            <translation>der Ordner des neuen Profils</translation>
        </message>
        <message>
            <source>read the journal's recovery key from the first line of standard input</source>
            <translation>den Wiederherstellungsschlüssel des Tagebuchs aus der ersten Zeile der Standardeingabe lesen</translation>
        </message>
        <message>
            <source>read this computer's new passphrase from the second line of standard input (without it, the key goes into this computer's keychain)</source>
            <translation>die neue Passphrase für diesen Computer aus der zweiten Zeile der Standardeingabe lesen (ohne sie kommt der Schlüssel in den Schlüsselbund dieses Computers)</translation>
        </message>
        <message>
            <source>The sync folder is not there right now; changes wait until it is back.</source>
            <translation>Der Sync-Ordner ist gerade nicht da; Änderungen warten, bis er wieder da ist.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change [file|files].</source>
            <translation>
                <numerusform>%n Änderungsdatei gesendet.</numerusform>
                <numerusform>%n Änderungsdateien gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n change [file|files].</source>
            <translation>
                <numerusform>%n Änderungsdatei gelesen.</numerusform>
                <numerusform>%n Änderungsdateien gelesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [record was|records were] brought up to date.</source>
            <translation>
                <numerusform>%n Datensatz wurde auf den neuesten Stand gebracht.</numerusform>
                <numerusform>%n Datensätze wurden auf den neuesten Stand gebracht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [record was|records were] deleted.</source>
            <translation>
                <numerusform>%n Datensatz wurde gelöscht.</numerusform>
                <numerusform>%n Datensätze wurden gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n [file|files] kept with entries (photos, documents).</source>
            <translation>
                <numerusform>%n Datei gesendet, die bei Einträgen liegt (Fotos, Dokumente).</numerusform>
                <numerusform>%n Dateien gesendet, die bei Einträgen liegen (Fotos, Dokumente).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Brought %n [file|files] kept with entries.</source>
            <translation>
                <numerusform>%n Datei geholt, die bei Einträgen liegt.</numerusform>
                <numerusform>%n Dateien geholt, die bei Einträgen liegen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [record was|records were] changed on two computers at once; both versions are kept (an entry's other version is in its history; other records show the other text below their own).</source>
            <translation>
                <numerusform>%n Datensatz wurde auf zwei Computern gleichzeitig geändert; beide Fassungen bleiben erhalten (die andere Fassung eines Eintrags steht in seinem Verlauf; andere Datensätze zeigen den anderen Text unter ihrem eigenen).</numerusform>
                <numerusform>%n Datensätze wurden auf zwei Computern gleichzeitig geändert; beide Fassungen bleiben erhalten (die andere Fassung eines Eintrags steht in seinem Verlauf; andere Datensätze zeigen den anderen Text unter ihrem eigenen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [record waits|records wait] for files that have not arrived yet.</source>
            <translation>
                <numerusform>%n Datensatz wartet auf Dateien, die noch nicht angekommen sind.</numerusform>
                <numerusform>%n Datensätze warten auf Dateien, die noch nicht angekommen sind.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Syncing through %1</source>
            <translation>Synchronisierung über %1</translation>
        </message>
        <message>
            <source>Sync is not set up for this profile: give --folder FOLDER.</source>
            <translation>Für dieses Profil ist keine Synchronisierung eingerichtet: Gib --folder ORDNER an.</translation>
        </message>
        <message>
            <source>%1 (this computer)</source>
            <translation>%1 (dieser Computer)</translation>
        </message>
        <message>
            <source>%1: last wrote %2</source>
            <translation>%1: zuletzt geschrieben %2</translation>
        </message>
        <message>
            <source>%1: has not written yet</source>
            <translation>%1: hat noch nichts geschrieben</translation>
        </message>
        <message>
            <source>The recovery key was expected on standard input but it was empty.</source>
            <translation>Der Wiederherstellungsschlüssel wurde auf der Standardeingabe erwartet, aber sie war leer.</translation>
        </message>
        <message>
            <source>The passphrase was expected on the second line of standard input.</source>
            <translation>Die Passphrase wurde in der zweiten Zeile der Standardeingabe erwartet.</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>Profil: %1</translation>
        </message>
        <message>
            <source>No trustworthy keychain here: give a passphrase with --passphrase-stdin.</source>
            <translation>Hier gibt es keinen vertrauenswürdigen Schlüsselbund: Gib eine Passphrase mit --passphrase-stdin an.</translation>
        </message>
        <message numerus="yes">
            <source>Reading the journal: %1 of %n [file|files]</source>
            <translation>
                <numerusform>Das Tagebuch wird gelesen: %1 von %n Datei</numerusform>
                <numerusform>Das Tagebuch wird gelesen: %1 von %n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined: this computer now syncs through %1</source>
            <translation>Verbunden: Dieser Computer synchronisiert jetzt über %1</translation>
        </message>
        <message>
            <source>Sync stopped because of an unexpected problem. Nothing was lost: your journal here is as it was, and the next round tries again.</source>
            <translation>Die Synchronisierung wurde wegen eines unerwarteten Problems angehalten. Es ist nichts verloren gegangen: Dein Tagebuch hier ist, wie es war, und beim nächsten Mal versucht Companion es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>domain.agenda</name>
        <message numerus="yes">
            <source>A note can be at most %Ln [character|characters] long. Perhaps move some of it into a journal entry?</source>
            <translation>
                <numerusform>Eine Notiz darf höchstens %Ln Zeichen lang sein. Vielleicht passt ein Teil davon besser in einen Tagebucheintrag?</numerusform>
                <numerusform>Eine Notiz darf höchstens %Ln Zeichen lang sein. Vielleicht passt ein Teil davon besser in einen Tagebucheintrag?</numerusform>
            </translation>
        </message>
        <message>
            <source>Write a few words for the item first.</source>
            <translation>Schreib zuerst ein paar Worte für den Punkt.</translation>
        </message>
        <message numerus="yes">
            <source>An agenda item can be at most %n [character|characters] long. You could split it into two items.</source>
            <translation>
                <numerusform>Ein Punkt auf der Agenda darf höchstens %n Zeichen lang sein. Du könntest ihn auf zwei Punkte aufteilen.</numerusform>
                <numerusform>Ein Punkt auf der Agenda darf höchstens %n Zeichen lang sein. Du könntest ihn auf zwei Punkte aufteilen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal entry of %1</source>
            <translation>Tagebucheintrag vom %1</translation>
        </message>
        <message>
            <source>That line is no longer on the agenda. The agenda has been refreshed.</source>
            <translation>Diese Zeile steht nicht mehr auf der Agenda. Die Agenda wurde aktualisiert.</translation>
        </message>
        <message>
            <source>Some of the ticked lines are no longer on the agenda. Please look at the list again and save once more.</source>
            <translation>Einige der abgehakten Zeilen stehen nicht mehr auf der Agenda. Bitte sieh dir die Liste noch einmal an und speichere erneut.</translation>
        </message>
    </context>
    <context>
        <name>domain.attachments</name>
        <message>
            <source>“{name}” was not added: Companion keeps photos and pictures (JPEG, PNG, GIF, WebP), PDF files and plain text files.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Companion bewahrt Fotos und Bilder (JPEG, PNG, GIF, WebP), PDF-Dateien und reine Textdateien auf.</translation>
        </message>
        <message>
            <source>“{name}” was not added: its name says one kind of file, but it holds another. If it came from someone you do not know, it is safer not to open it.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Ihr Name nennt eine Art von Datei, sie enthält aber eine andere. Wenn sie von jemandem kommt, den du nicht kennst, öffnest du sie besser nicht.</translation>
        </message>
        <message>
            <source>“{name}” was not added: it is larger than {limit} MB, the most Companion keeps per file.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Sie ist größer als {limit} MB, so viel bewahrt Companion höchstens pro Datei auf.</translation>
        </message>
        <message>
            <source>“{name}” was not added: the file is empty.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Die Datei ist leer.</translation>
        </message>
        <message>
            <source>“{name}” was not added: the picture is too large to show safely (more than {pixels} megapixels or {side} pixels on a side).</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Das Bild ist zu groß, um es sicher anzuzeigen (mehr als {pixels} Megapixel oder {side} Pixel an einer Seite).</translation>
        </message>
        <message>
            <source>“{name}” was not added: the file seems damaged or incomplete.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Die Datei scheint beschädigt oder unvollständig zu sein.</translation>
        </message>
        <message>
            <source>“{name}” was not added: an entry holds at most {count} files.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Ein Eintrag kann höchstens {count} Dateien enthalten.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Add the files inside it instead.</source>
            <translation>„{name}“ ist ein Ordner. Fügen Sie stattdessen die Dateien darin hinzu.</translation>
        </message>
        <message>
            <source>“{name}” was not added: Companion cannot show this kind of photo (HEIC, the usual kind on iPhones). Save it as a JPEG first: most photo apps offer this when exporting or sharing a photo.</source>
            <translation>„{name}“ wurde nicht hinzugefügt: Companion kann diese Art von Foto nicht anzeigen (HEIC, üblich auf iPhones). Speichern Sie es zuerst als JPEG: Die meisten Foto-Apps bieten das beim Exportieren oder Teilen an.</translation>
        </message>
        <message>
            <source>“{name}” is already kept with this entry.</source>
            <translation>„{name}“ gehört bereits zu diesem Eintrag.</translation>
        </message>
        <message>
            <source>“{name}” could not be read. Check that the file is still there and that you may open it.</source>
            <translation>„{name}“ konnte nicht gelesen werden. Sieh nach, ob die Datei noch da ist und ob du sie öffnen darfst.</translation>
        </message>
    </context>
    <context>
        <name>domain.checkins</name>
        <message>
            <source>Please rate only the statements offered.</source>
            <translation>Bitte bewerte nur die angebotenen Aussagen.</translation>
        </message>
        <message>
            <source>Each rating is a whole number from 0 to 10.</source>
            <translation>Jede Bewertung ist eine ganze Zahl von 0 bis 10.</translation>
        </message>
        <message>
            <source>Please rate the first three statements (heard, respected, supported); the others can stay empty.</source>
            <translation>Bitte bewerte die ersten drei Aussagen (gehört, respektiert, unterstützt); die anderen können leer bleiben.</translation>
        </message>
        <message numerus="yes">
            <source>The comment can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Der Kommentar darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Der Kommentar darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.counselors</name>
        <message>
            <source>Please give the counselor a name (a first name is enough).</source>
            <translation>Bitte gib deiner Berater:in einen Namen (ein Vorname reicht).</translation>
        </message>
        <message numerus="yes">
            <source>A name can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Ein Name darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Ein Name darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A practice name can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Der Name einer Praxis darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Der Name einer Praxis darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
    </context>
    <context>
        <name>domain.days</name>
        <message>
            <source>Please choose a day between the years %1 and %2.</source>
            <translation>Bitte wähle einen Tag zwischen den Jahren %1 und %2.</translation>
        </message>
    </context>
    <context>
        <name>domain.errors</name>
        <message>
            <source>That is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Das ist nicht mehr in Companion. Vielleicht wurde es in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This agenda item is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Dieser Punkt der Agenda ist nicht mehr in Companion. Vielleicht wurde er in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>That file is no longer kept with the entry. It may have been removed in another window.</source>
            <translation>Diese Datei gehört nicht mehr zum Eintrag. Vielleicht wurde sie in einem anderen Fenster entfernt.</translation>
        </message>
        <message>
            <source>This check-in is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Dieser Check-in ist nicht mehr in Companion. Vielleicht wurde er in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This counselor is no longer in Companion. They may have been deleted in another window.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion. Vielleicht wurde sie in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This note is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Diese Notiz ist nicht mehr in Companion. Vielleicht wurde sie in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This goal is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Dieses Ziel ist nicht mehr in Companion. Vielleicht wurde es in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This rating is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Diese Einschätzung ist nicht mehr in Companion. Vielleicht wurde sie in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>That version is no longer kept.</source>
            <translation>Diese Fassung wird nicht mehr aufbewahrt.</translation>
        </message>
        <message>
            <source>This deleted entry is no longer kept. It may have been restored in another window.</source>
            <translation>Dieser gelöschte Eintrag wird nicht mehr aufbewahrt. Vielleicht wurde er in einem anderen Fenster wiederhergestellt.</translation>
        </message>
        <message>
            <source>This entry is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Dieser Eintrag ist nicht mehr in Companion. Vielleicht wurde er in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>This session is no longer in Companion. It may have been deleted in another window.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion. Vielleicht wurde es in einem anderen Fenster gelöscht.</translation>
        </message>
        <message>
            <source>These planned sessions are no longer in Companion. They may have been deleted in another window.</source>
            <translation>Diese geplanten Gespräche sind nicht mehr in Companion. Vielleicht wurden sie in einem anderen Fenster gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>domain.feedback</name>
        <message>
            <source>Please write a few words first; the note is still empty.</source>
            <translation>Bitte schreib zuerst ein paar Worte; die Notiz ist noch leer.</translation>
        </message>
        <message numerus="yes">
            <source>A note can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Eine Notiz darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Eine Notiz darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose one of the options offered.</source>
            <translation>Bitte wähle eine der angebotenen Möglichkeiten.</translation>
        </message>
        <message>
            <source>One of the sentences still has an empty blank. Fill it in, or clear that sentence to leave it out.</source>
            <translation>In einem der Sätze ist noch eine Lücke leer. Füll sie aus, oder leere den ganzen Satz, um ihn wegzulassen.</translation>
        </message>
    </context>
    <context>
        <name>domain.goals</name>
        <message>
            <source>How close you feel is a whole number from 0 to 10.</source>
            <translation>Wie nah du dich fühlst, ist eine ganze Zahl von 0 bis 10.</translation>
        </message>
        <message>
            <source>How close you feel goes from 0 to 10.</source>
            <translation>Wie nah du dich fühlst, geht von 0 bis 10.</translation>
        </message>
        <message numerus="yes">
            <source>A note with a rating can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Eine Notiz zu einer Einschätzung darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Eine Notiz zu einer Einschätzung darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>A rating can't be dated in the future. Choose today or an earlier day.</source>
            <translation>Eine Einschätzung kann nicht in der Zukunft liegen. Wähle heute oder einen früheren Tag.</translation>
        </message>
        <message>
            <source>Please give it a short title, a few words are enough.</source>
            <translation>Bitte gib einen kurzen Titel ein, ein paar Worte reichen.</translation>
        </message>
        <message numerus="yes">
            <source>A title can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Ein Titel darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Ein Titel darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The details can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Die Details dürfen höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Die Details dürfen höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose one of the options offered.</source>
            <translation>Bitte wähle eine der angebotenen Möglichkeiten.</translation>
        </message>
    </context>
    <context>
        <name>domain.insights</name>
        <message>
            <source>Please choose both a first and a last day.</source>
            <translation>Bitte wähle einen ersten und einen letzten Tag.</translation>
        </message>
        <message>
            <source>The first day needs to come before the last day.</source>
            <translation>Der erste Tag muss vor dem letzten Tag liegen.</translation>
        </message>
    </context>
    <context>
        <name>domain.journal</name>
        <message numerus="yes">
            <source>A tag can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mood must be a whole number from 0 to 10, or left empty.</source>
            <translation>Die Stimmung ist eine ganze Zahl von 0 bis 10, oder sie bleibt leer.</translation>
        </message>
        <message>
            <source>Mood must be from 0 to 10, or left empty.</source>
            <translation>Die Stimmung geht von 0 bis 10, oder sie bleibt leer.</translation>
        </message>
        <message numerus="yes">
            <source>A title can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Ein Titel darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Ein Titel darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An entry can be at most %Ln [character|characters] long; this one has %1. Please split it into two entries.</source>
            <translation>
                <numerusform>Ein Eintrag kann höchstens %Ln Zeichen lang sein; dieser hat %1. Bitte teile ihn auf zwei Einträge auf.</numerusform>
                <numerusform>Ein Eintrag kann höchstens %Ln Zeichen lang sein; dieser hat %1. Bitte teile ihn auf zwei Einträge auf.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.journal_history</name>
        <message>
            <source>Choose how long to keep history.</source>
            <translation>Wähle, wie lange der Verlauf aufbewahrt wird.</translation>
        </message>
    </context>
    <context>
        <name>domain.safety_plan</name>
        <message numerus="yes">
            <source>Each part of the plan can be at most %n [character|characters] long.</source>
            <translation>
                <numerusform>Jeder Teil des Plans darf höchstens %n Zeichen lang sein.</numerusform>
                <numerusform>Jeder Teil des Plans darf höchstens %n Zeichen lang sein.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>domain.sessions</name>
        <message>
            <source>Companion does not know the time zone “%1”.</source>
            <translation>Companion kennt die Zeitzone „%1“ nicht.</translation>
        </message>
        <message>
            <source>A session lasts between 1 minute and 24 hours.</source>
            <translation>Ein Gespräch dauert zwischen 1 Minute und 24 Stunden.</translation>
        </message>
        <message>
            <source>Please choose the counselor this session is with.</source>
            <translation>Bitte wähle die Berater:in, mit der dieses Gespräch stattfindet.</translation>
        </message>
        <message>
            <source>The start time needs a time zone.</source>
            <translation>Die Anfangszeit braucht eine Zeitzone.</translation>
        </message>
        <message>
            <source>This session is still ahead. You can mark it once its day has come.</source>
            <translation>Dieses Gespräch liegt noch vor dir. Du kannst es markieren, sobald sein Tag gekommen ist.</translation>
        </message>
        <message numerus="yes">
            <source>A schedule can cover between 1 and %n [month|months] at a time.</source>
            <translation>
                <numerusform>Ein regelmäßiger Rhythmus kann jeweils 1 bis %n Monat umfassen.</numerusform>
                <numerusform>Ein regelmäßiger Rhythmus kann jeweils 1 bis %n Monate umfassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose a day of the week.</source>
            <translation>Bitte wähle einen Wochentag.</translation>
        </message>
        <message numerus="yes">
            <source>Sessions can repeat every 1 to %n [week|weeks].</source>
            <translation>
                <numerusform>Gespräche können sich jede Woche wiederholen (%n).</numerusform>
                <numerusform>Gespräche können sich alle 1 bis %n Wochen wiederholen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The end date is before the first date.</source>
            <translation>Das Enddatum liegt vor dem ersten Datum.</translation>
        </message>
        <message>
            <source>A schedule can reach at most two years ahead. You can add another one later.</source>
            <translation>Ein regelmäßiger Rhythmus reicht höchstens zwei Jahre voraus. Du kannst später einen weiteren anlegen.</translation>
        </message>
        <message>
            <source>No session falls between these dates. Choose a later end date.</source>
            <translation>Zwischen diesen Daten liegt kein Gespräch. Wähle ein späteres Enddatum.</translation>
        </message>
    </context>
    <context>
        <name>export.selection</name>
        <message>
            <source>Please choose two sessions.</source>
            <translation>Bitte wähle zwei Gespräche.</translation>
        </message>
        <message>
            <source>Please choose both a first and a last day.</source>
            <translation>Bitte wähle einen ersten und einen letzten Tag.</translation>
        </message>
        <message>
            <source>The first day needs to come before the last day.</source>
            <translation>Der erste Tag muss vor dem letzten Tag liegen.</translation>
        </message>
    </context>
    <context>
        <name>formats.archive</name>
        <message>
            <source>Counselor</source>
            <translation>Berater:in</translation>
        </message>
        <message>
            <source>Session series</source>
            <translation>Gesprächsserie</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Tagebucheintrag</translation>
        </message>
        <message>
            <source>Feedback note</source>
            <translation>Feedback-Notiz</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda-Punkt</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Goal progress</source>
            <translation>Zielfortschritt</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Safety plan</source>
            <translation>Krisenplan</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Anhang</translation>
        </message>
        <message>
            <source>%1 number %2</source>
            <translation>%1 Nr. %2</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has no “%2”.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat kein Feld „%2“.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has “%2” outside %3 to %4.</source>
            <translation>Das Archiv kann nicht importiert werden: Bei %1 liegt „%2“ außerhalb von %3 bis %4.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 refers to a record that is not in the archive (%2).</source>
            <translation>Das Archiv kann nicht importiert werden: %1 verweist auf einen Datensatz, der nicht im Archiv ist (%2).</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has an invalid “%2”.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat ein ungültiges Feld „%2“.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 is not a record.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 ist kein Datensatz.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has unknown fields: %2.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat unbekannte Felder: %2.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: “%1” is not a list.</source>
            <translation>Das Archiv kann nicht importiert werden: „%1“ ist keine Liste.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 appears twice.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 kommt zweimal vor.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has no valid “id”.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat keine gültige „id“.</translation>
        </message>
        <message>
            <source>This file is not a Companion archive.</source>
            <translation>Diese Datei ist kein Companion-Archiv.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: its version is missing.</source>
            <translation>Das Archiv kann nicht importiert werden: Die Versionsangabe fehlt.</translation>
        </message>
        <message>
            <source>This archive was made by a newer version of Companion. Please update Companion to import it.</source>
            <translation>Dieses Archiv wurde mit einer neueren Version von Companion erstellt. Bitte aktualisiere Companion, um es zu importieren.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: it has no records.</source>
            <translation>Das Archiv kann nicht importiert werden: Es enthält keine Datensätze.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: unknown record lists %1.</source>
            <translation>Das Archiv kann nicht importiert werden: unbekannte Datensatzlisten %1.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has invalid tags.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat ungültige Schlagwörter.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has the same tag twice.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat dasselbe Schlagwort zweimal.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has invalid progress.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat ungültige Fortschrittsangaben.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has invalid ratings.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat ungültige Bewertungen.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 rates an unknown quality.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 bewertet eine unbekannte Eigenschaft.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 has an invalid rating for “%2”.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 hat eine ungültige Bewertung für „%2“.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 ends before it starts.</source>
            <translation>Das Archiv kann nicht importiert werden: Bei %1 liegt das Ende vor dem Anfang.</translation>
        </message>
        <message>
            <source>The archive cannot be imported: %1 is for a session that has another one.</source>
            <translation>Das Archiv kann nicht importiert werden: %1 gehört zu einem Gespräch, das schon einen anderen Check-in hat.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.batch</name>
        <message>
            <source>%1: the title was too long and has been shortened.</source>
            <translation>%1: Der Titel war zu lang und wurde gekürzt.</translation>
        </message>
        <message numerus="yes">
            <source>%1: a tag longer than %n [character|characters] was left out.</source>
            <translation>
                <numerusform>%1: Ein Schlagwort mit mehr als %n Zeichen wurde weggelassen.</numerusform>
                <numerusform>%1: Ein Schlagwort mit mehr als %n Zeichen wurde weggelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry of %1 is longer than Companion allows (%Ln [character|characters]); it was left out.</source>
            <translation>
                <numerusform>Der Eintrag vom %1 ist länger, als Companion erlaubt (%Ln Zeichen); er wurde weggelassen.</numerusform>
                <numerusform>Der Eintrag vom %1 ist länger, als Companion erlaubt (%Ln Zeichen); er wurde weggelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the date is outside the years %2 to %3; the file may be damaged.</source>
            <translation>%1: Das Datum liegt außerhalb der Jahre %2 bis %3; die Datei ist vielleicht beschädigt.</translation>
        </message>
        <message>
            <source>%1: the date is not a real date.</source>
            <translation>%1: Das Datum ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>%1: the date '%2' is not a real date.</source>
            <translation>%1: Das Datum „%2“ ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>%1: the time is not a real time of day.</source>
            <translation>%1: Die Uhrzeit ist keine gültige Uhrzeit.</translation>
        </message>
        <message>
            <source>%1: the time '%2' is not a real time of day.</source>
            <translation>%1: Die Uhrzeit „%2“ ist keine gültige Uhrzeit.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 ist leer.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON (line %2); it may be damaged or incomplete.</source>
            <translation>%1 ist kein gültiges JSON (Zeile %2); die Datei ist vielleicht beschädigt oder unvollständig.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON; it may be damaged or incomplete.</source>
            <translation>%1 ist kein gültiges JSON; die Datei ist vielleicht beschädigt oder unvollständig.</translation>
        </message>
        <message>
            <source>%1 is not a text file in UTF-8; please export it again from the other app.</source>
            <translation>%1 ist keine Textdatei in UTF-8; bitte exportiere sie noch einmal aus der anderen App.</translation>
        </message>
        <message>
            <source>%1 is too big to import (more than %2 MB).</source>
            <translation>%1 ist zu groß zum Importieren (mehr als %2 MB).</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.daylio</name>
        <message>
            <source>%1: there is no date.</source>
            <translation>%1: Es gibt kein Datum.</translation>
        </message>
        <message numerus="yes">
            <source>%1: there [is|are] %n [column|columns] instead of %2.</source>
            <translation>
                <numerusform>%1: Es gibt %n Spalte statt %2.</numerusform>
                <numerusform>%1: Es gibt %n Spalten statt %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>the Daylio file</source>
            <translation>die Daylio-Datei</translation>
        </message>
        <message>
            <source>%1 is not a CSV file.</source>
            <translation>%1 ist keine CSV-Datei.</translation>
        </message>
        <message>
            <source>Line 1 of %1 is not a CSV header.</source>
            <translation>Zeile 1 von %1 ist keine CSV-Kopfzeile.</translation>
        </message>
        <message>
            <source>%1 is not a Daylio export: the first line has no column %2. Export it from Daylio as CSV.</source>
            <translation>%1 ist kein Daylio-Export: In der ersten Zeile fehlt die Spalte %2. Exportiere sie aus Daylio als CSV.</translation>
        </message>
        <message>
            <source>Line %1: this line is not valid CSV (a quote may be missing).</source>
            <translation>Zeile %1: Diese Zeile ist kein gültiges CSV (vielleicht fehlt ein Anführungszeichen).</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>%1: the mood is a custom one Companion cannot place on its 0-10 scale, so this entry comes in without a mood.</source>
            <translation>%1: Die Stimmung ist eine eigene, die Companion nicht auf seiner Skala von 0 bis 10 einordnen kann; dieser Eintrag kommt deshalb ohne Stimmung herein.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.dayone</name>
        <message>
            <source>This Day One export has no journal in it (no Journal.json). Please export again from Day One as JSON.</source>
            <translation>In diesem Day-One-Export ist kein Tagebuch (keine Journal.json). Bitte exportiere noch einmal aus Day One als JSON.</translation>
        </message>
        <message>
            <source>%1 unpacks to more than Companion can import.</source>
            <translation>%1 ist entpackt größer, als Companion importieren kann.</translation>
        </message>
        <message>
            <source>the zip file</source>
            <translation>die ZIP-Datei</translation>
        </message>
        <message>
            <source>%1 holds too many files to be a Day One export.</source>
            <translation>%1 enthält zu viele Dateien für einen Day-One-Export.</translation>
        </message>
        <message>
            <source>%1 is not a zip file Companion can read; it may be damaged or incomplete.</source>
            <translation>%1 ist keine ZIP-Datei, die Companion lesen kann; sie ist vielleicht beschädigt oder unvollständig.</translation>
        </message>
        <message>
            <source>%1: the time zone is not one Companion knows; the time is shown on this computer's clock.</source>
            <translation>%1: Companion kennt diese Zeitzone nicht; die Uhrzeit wird nach der Uhr dieses Computers angezeigt.</translation>
        </message>
        <message>
            <source>%1 has no creation date.</source>
            <translation>%1 hat kein Erstellungsdatum.</translation>
        </message>
        <message>
            <source>%1: the creation date is not a date.</source>
            <translation>%1: Das Erstellungsdatum ist kein Datum.</translation>
        </message>
        <message>
            <source>%1: the creation date is not a real date.</source>
            <translation>%1: Das Erstellungsdatum ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>%1: the creation date '%2' is not a real date.</source>
            <translation>%1: Das Erstellungsdatum „%2“ ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>Entry %1 in %2</source>
            <translation>Eintrag %1 in %2</translation>
        </message>
        <message>
            <source>%1 is not a journal entry.</source>
            <translation>%1 ist kein Tagebucheintrag.</translation>
        </message>
        <message>
            <source>%1: the text is not text.</source>
            <translation>%1: Der Text ist kein Text.</translation>
        </message>
        <message>
            <source>%1: the tags are not a list of words.</source>
            <translation>%1: Die Schlagwörter sind keine Liste von Wörtern.</translation>
        </message>
        <message>
            <source>Photo %1</source>
            <translation>Foto %1</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.jrnl</name>
        <message>
            <source>%1: the title is not text.</source>
            <translation>%1: Der Titel ist kein Text.</translation>
        </message>
        <message>
            <source>%1: the body is not text.</source>
            <translation>%1: Der Text des Eintrags ist kein Text.</translation>
        </message>
        <message>
            <source>%1 has no date.</source>
            <translation>%1 hat kein Datum.</translation>
        </message>
        <message>
            <source>the jrnl file</source>
            <translation>die jrnl-Datei</translation>
        </message>
        <message>
            <source>%1 is not a jrnl JSON export (it has no list of entries). Export it with 'jrnl --export json'.</source>
            <translation>%1 ist kein JSON-Export von jrnl (es gibt keine Liste von Einträgen). Exportiere dein Tagebuch mit „jrnl --export json“.</translation>
        </message>
        <message>
            <source>Entry %1</source>
            <translation>Eintrag %1</translation>
        </message>
        <message>
            <source>%1 is not a journal entry.</source>
            <translation>%1 ist kein Tagebucheintrag.</translation>
        </message>
        <message>
            <source>%1: the tags are not a list of words.</source>
            <translation>%1: Die Schlagwörter sind keine Liste von Wörtern.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.linked_files</name>
        <message>
            <source>%1, photo %2</source>
            <translation>%1, Foto %2</translation>
        </message>
        <message>
            <source>%1, picture %2</source>
            <translation>%1, Bild %2</translation>
        </message>
        <message>
            <source>%1 was not imported: the file could not be found.</source>
            <translation>%1 wurde nicht importiert: Die Datei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>%1 was not imported: Companion only reads pictures inside the folder you chose, never from the web or from elsewhere on this computer.</source>
            <translation>%1 wurde nicht importiert: Companion liest nur Bilder aus dem Ordner, den du gewählt hast, nie aus dem Internet oder von anderswo auf diesem Computer.</translation>
        </message>
        <message>
            <source>%1 was not imported: it is not a kind of file Companion keeps, or not the kind its name says.</source>
            <translation>%1 wurde nicht importiert: Companion bewahrt diese Art von Datei nicht auf, oder sie ist nicht die Art, die ihr Name sagt.</translation>
        </message>
        <message>
            <source>%1 was not imported: it is larger than %2 MB, the most Companion keeps per file.</source>
            <translation>%1 wurde nicht importiert: Sie ist größer als %2 MB, das meiste, was Companion pro Datei aufbewahrt.</translation>
        </message>
        <message>
            <source>%1 was not imported: the picture is too large to show safely.</source>
            <translation>%1 wurde nicht importiert: Das Bild ist zu groß, um es sicher anzuzeigen.</translation>
        </message>
        <message>
            <source>%1 was not imported: the file seems damaged or incomplete.</source>
            <translation>%1 wurde nicht importiert: Die Datei scheint beschädigt oder unvollständig zu sein.</translation>
        </message>
        <message>
            <source>%1 was not imported: the file is empty.</source>
            <translation>%1 wurde nicht importiert: Die Datei ist leer.</translation>
        </message>
        <message>
            <source>%1 was not imported: the file could not be read.</source>
            <translation>%1 wurde nicht importiert: Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported: an entry holds at most %n [file|files].</source>
            <translation>
                <numerusform>%1 wurde nicht importiert: Ein Eintrag kann höchstens %n Datei aufnehmen.</numerusform>
                <numerusform>%1 wurde nicht importiert: Ein Eintrag kann höchstens %n Dateien aufnehmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Companion could not open %1 again. Please choose it again.</source>
            <translation>Companion konnte %1 nicht noch einmal öffnen. Bitte wähle es noch einmal aus.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.markdown_files</name>
        <message numerus="yes">
            <source>There are more than %Ln [file|files] here; please choose your journal's folder.</source>
            <translation>
                <numerusform>Hier ist mehr als %Ln Datei; bitte wähle den Ordner deines Tagebuchs.</numerusform>
                <numerusform>Hier sind mehr als %Ln Dateien; bitte wähle den Ordner deines Tagebuchs.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no Markdown or text files (.md, .markdown, .txt) to import here.</source>
            <translation>Hier gibt es keine Markdown- oder Textdateien (.md, .markdown, .txt) zum Importieren.</translation>
        </message>
        <message>
            <source>%1 is not UTF-8 text; some characters may look wrong.</source>
            <translation>%1 ist kein UTF-8-Text; manche Zeichen sehen vielleicht falsch aus.</translation>
        </message>
        <message>
            <source>%1 is not a text file.</source>
            <translation>%1 ist keine Textdatei.</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source>%1 has no date Companion can use.</source>
            <translation>%1 hat kein Datum, das Companion verwenden kann.</translation>
        </message>
        <message>
            <source>%1 has no date in it or in its name; the date it was last changed is used.</source>
            <translation>%1 hat weder im Inhalt noch im Namen ein Datum; das Datum der letzten Änderung wird verwendet.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.recognise</name>
        <message>
            <source>%1 looks like a jrnl export; please choose jrnl as the app it comes from.</source>
            <translation>%1 sieht nach einem jrnl-Export aus; bitte wähle jrnl als die App, aus der er stammt.</translation>
        </message>
        <message>
            <source>%1 looks like a Day One export; please choose Day One as the app it comes from.</source>
            <translation>%1 sieht nach einem Day-One-Export aus; bitte wähle Day One als die App, aus der er stammt.</translation>
        </message>
        <message>
            <source>%1 looks like a Daylio export; please choose Daylio as the app it comes from.</source>
            <translation>%1 sieht nach einem Daylio-Export aus; bitte wähle Daylio als die App, aus der er stammt.</translation>
        </message>
        <message>
            <source>%1 looks like a calendar file (.ics) with appointments, not journal entries; please import it as a calendar in Sessions.</source>
            <translation>%1 sieht nach einer Kalenderdatei (.ics) mit Terminen aus, nicht nach Tagebucheinträgen; bitte importiere sie als Kalender unter Gespräche.</translation>
        </message>
    </context>
    <context>
        <name>formats.importers.sources</name>
        <message>
            <source>Companion could not open %1.</source>
            <translation>Companion konnte %1 nicht öffnen.</translation>
        </message>
        <message numerus="yes">
            <source>%n [file|files] in the folder you chose [links|link] to somewhere outside it and [was|were] not read.</source>
            <translation>
                <numerusform>%n Datei im Ordner, den du gewählt hast, verweist auf einen Ort außerhalb davon und wurde nicht gelesen.</numerusform>
                <numerusform>%n Dateien im Ordner, den du gewählt hast, verweisen auf einen Ort außerhalb davon und wurden nicht gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This is too much to import at once (more than %1 MB).</source>
            <translation>Das ist zu viel, um es auf einmal zu importieren (mehr als %1 MB).</translation>
        </message>
        <message>
            <source>Please choose a file to import.</source>
            <translation>Bitte wähle eine Datei zum Importieren.</translation>
        </message>
        <message>
            <source>Please choose one file to import.</source>
            <translation>Bitte wähle genau eine Datei zum Importieren.</translation>
        </message>
        <message>
            <source>Please choose the exported file, not a folder.</source>
            <translation>Bitte wähle die exportierte Datei, keinen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>formats.sync_folder</name>
        <message>
            <source>Companion cannot find the sync folder. If it is on a USB stick or a network drive, please connect it and try again.</source>
            <translation>Companion findet den Sync-Ordner nicht. Wenn er auf einem USB-Stick oder einem Netzlaufwerk liegt, stell bitte die Verbindung her und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Companion could not read the sync folder. Please check that it can be opened and try again.</source>
            <translation>Companion konnte den Sync-Ordner nicht lesen. Bitte prüf, ob er sich öffnen lässt, und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Companion could not write to the sync folder. Please check that there is free space and that the folder can be written to, then try again.</source>
            <translation>Companion konnte nicht in den Sync-Ordner schreiben. Bitte prüf, ob genug Platz frei ist und ob in den Ordner geschrieben werden darf, und versuch es dann noch einmal.</translation>
        </message>
        <message>
            <source>This folder is not a Companion sync folder: it has no companion-journal.json.</source>
            <translation>Dieser Ordner ist kein Sync-Ordner von Companion: Darin fehlt die Datei companion-journal.json.</translation>
        </message>
        <message>
            <source>The sync folder's companion-journal.json is damaged, so Companion cannot use this folder.</source>
            <translation>Companion kann diesen Sync-Ordner nicht verwenden: Seine Datei companion-journal.json ist beschädigt.</translation>
        </message>
        <message>
            <source>This sync folder was set up by a newer version of Companion. Please update Companion on this computer.</source>
            <translation>Dieser Sync-Ordner wurde mit einer neueren Version von Companion eingerichtet. Bitte aktualisiere Companion auf diesem Computer.</translation>
        </message>
        <message>
            <source>This folder already holds another Companion journal, so this journal cannot be synced through it. Please choose an empty folder, or the folder this journal already uses.</source>
            <translation>In diesem Ordner liegt schon ein anderes Companion-Tagebuch, deshalb kann dieses Tagebuch nicht darüber synchronisiert werden. Bitte wähle einen leeren Ordner oder den Ordner, den dieses Tagebuch schon nutzt.</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>Being honest</source>
            <translation>Ehrlich sein</translation>
        </message>
        <message>
            <source>What I hope for</source>
            <translation>Was ich mir erhoffe</translation>
        </message>
        <message>
            <source>Taking part</source>
            <translation>Mitwirken</translation>
        </message>
        <message>
            <source>Boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>Geduld</translation>
        </message>
        <message>
            <source>If something feels off</source>
            <translation>Wenn sich etwas nicht stimmig anfühlt</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>What is something I have not said out loud yet, even to myself?</source>
            <translation>Was habe ich noch nicht laut ausgesprochen, nicht einmal mir selbst gegenüber?</translation>
        </message>
        <message>
            <source>Was there a moment in my last session when I said 'fine' but meant something else?</source>
            <translation>Gab es in meinem letzten Gespräch einen Moment, in dem ich „gut“ gesagt, aber etwas anderes gemeint habe?</translation>
        </message>
        <message>
            <source>What would I like to be different a few months from now?</source>
            <translation>Was soll in ein paar Monaten anders sein?</translation>
        </message>
        <message>
            <source>What do I hope my counselor understands about me?</source>
            <translation>Was wünsche ich mir, dass meine Berater:in über mich versteht?</translation>
        </message>
        <message>
            <source>What question would I like to ask at my next session?</source>
            <translation>Welche Frage möchte ich in meinem nächsten Gespräch stellen?</translation>
        </message>
        <message>
            <source>Was anything from the last session unclear that I'd like to go back to?</source>
            <translation>War im letzten Gespräch etwas unklar, auf das ich noch einmal zurückkommen möchte?</translation>
        </message>
        <message>
            <source>What have I tried since my last session, and how did it go?</source>
            <translation>Was habe ich seit meinem letzten Gespräch ausprobiert, und wie ist es gelaufen?</translation>
        </message>
        <message>
            <source>Is there anything about how our sessions work (time, contact, pace) that I'd like to talk about?</source>
            <translation>Gibt es etwas an der Art unserer Gespräche (Zeit, Kontakt, Tempo), worüber ich sprechen möchte?</translation>
        </message>
        <message>
            <source>What small change have I noticed lately, even if it seems minor?</source>
            <translation>Welche kleine Veränderung ist mir in letzter Zeit aufgefallen, auch wenn sie unbedeutend wirkt?</translation>
        </message>
        <message>
            <source>What has been hard about waiting for things to get better?</source>
            <translation>Was war schwer daran, darauf zu warten, dass es besser wird?</translation>
        </message>
        <message>
            <source>Did something in a session not sit right with me? What happened, and how did I feel?</source>
            <translation>Hat sich in einem Gespräch etwas nicht stimmig angefühlt? Was ist passiert, und wie ging es mir damit?</translation>
        </message>
        <message>
            <source>What would help me feel more heard or supported?</source>
            <translation>Was würde mir helfen, mich mehr gehört oder unterstützt zu fühlen?</translation>
        </message>
        <message>
            <source>How am I feeling right now, and where do I notice it?</source>
            <translation>Wie fühle ich mich gerade, und wo spüre ich es?</translation>
        </message>
        <message>
            <source>What took up most of my attention today?</source>
            <translation>Was hat heute die meiste Aufmerksamkeit von mir bekommen?</translation>
        </message>
        <message>
            <source>What am I grateful for, or what went a little better than expected?</source>
            <translation>Wofür bin ich dankbar, oder was lief ein bisschen besser als erwartet?</translation>
        </message>
    </context>
    <context>
        <name>security.errors</name>
        <message>
            <source>That did not unlock your journal. Please check it and try again.</source>
            <translation>Damit ließ sich dein Tagebuch nicht entsperren. Bitte prüf deine Eingabe und versuch es noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>security.keychain</name>
        <message>
            <source>Secret Service (GNOME Keyring, KWallet…)</source>
            <translation>Secret Service (GNOME-Schlüsselbund, KWallet…)</translation>
        </message>
        <message>
            <source>macOS Keychain</source>
            <translation>macOS-Schlüsselbund</translation>
        </message>
        <message>
            <source>Windows Credential Manager</source>
            <translation>Windows-Anmeldeinformationsverwaltung</translation>
        </message>
        <message>
            <source>Companion cannot use a keychain on this kind of computer.</source>
            <translation>Auf dieser Art von Computer kann Companion keinen Schlüsselbund verwenden.</translation>
        </message>
        <message>
            <source>The macOS Keychain cannot be reached right now.</source>
            <translation>Der macOS-Schlüsselbund ist gerade nicht erreichbar.</translation>
        </message>
        <message>
            <source>Windows Credential Manager cannot be reached right now.</source>
            <translation>Die Windows-Anmeldeinformationsverwaltung ist gerade nicht erreichbar.</translation>
        </message>
        <message>
            <source>No keychain service is running (such as GNOME Keyring or KWallet), so Companion cannot keep your key there.</source>
            <translation>Es läuft kein Schlüsselbund-Dienst (wie GNOME-Schlüsselbund oder KWallet), deshalb kann Companion deinen Schlüssel dort nicht hinterlegen.</translation>
        </message>
        <message>
            <source>Your keychain is locked or did not answer, so Companion could not use it. You can unlock your journal another way.</source>
            <translation>Dein Schlüsselbund ist gesperrt oder hat nicht geantwortet, deshalb konnte Companion ihn nicht verwenden. Du kannst dein Tagebuch auf einem anderen Weg entsperren.</translation>
        </message>
        <message>
            <source>The only keychain available here would keep your key unprotected, so Companion will not use it.</source>
            <translation>Der einzige hier verfügbare Schlüsselbund würde deinen Schlüssel ungeschützt aufbewahren, deshalb verwendet Companion ihn nicht.</translation>
        </message>
        <message>
            <source>Companion could not save your key in the keychain.</source>
            <translation>Companion konnte deinen Schlüssel nicht im Schlüsselbund hinterlegen.</translation>
        </message>
        <message>
            <source>The keychain did not keep your key correctly, so Companion will not rely on it.</source>
            <translation>Der Schlüsselbund hat deinen Schlüssel nicht richtig aufbewahrt, deshalb verlässt sich Companion nicht darauf.</translation>
        </message>
        <message>
            <source>Companion could not remove your key from the keychain.</source>
            <translation>Companion konnte deinen Schlüssel nicht aus dem Schlüsselbund entfernen.</translation>
        </message>
    </context>
    <context>
        <name>security.keystore</name>
        <message>
            <source>The file that unlocks your journal (keystore.json) is damaged, so Companion cannot use it. If you have a backup of your profile folder, restoring it may help.</source>
            <translation>Die Datei, die dein Tagebuch entsperrt (keystore.json), ist beschädigt, deshalb kann Companion sie nicht verwenden. Wenn du eine Sicherung deines Profilordners hast, hilft es vielleicht, sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>This profile was created by a newer version of Companion. Please update Companion to open it.</source>
            <translation>Dieses Profil wurde mit einer neueren Version von Companion erstellt. Bitte aktualisiere Companion, um es zu öffnen.</translation>
        </message>
        <message>
            <source>That passphrase did not unlock your journal. Please check it and try again.</source>
            <translation>Diese Passphrase hat dein Tagebuch nicht entsperrt. Bitte prüf sie und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>That recovery key did not unlock your journal. Please check it and try again.</source>
            <translation>Dieser Wiederherstellungsschlüssel hat dein Tagebuch nicht entsperrt. Bitte prüf ihn und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>That key does not belong to this journal.</source>
            <translation>Dieser Schlüssel gehört nicht zu diesem Tagebuch.</translation>
        </message>
        <message>
            <source>The part of keystore.json that your passphrase opens is damaged, so the passphrase cannot unlock your journal any more. Please use your recovery key; afterwards set your passphrase again in Settings.</source>
            <translation>Der Teil der keystore.json, den deine Passphrase öffnet, ist beschädigt, deshalb kann die Passphrase dein Tagebuch nicht mehr entsperren. Bitte nimm deinen Wiederherstellungsschlüssel und lege danach in den Einstellungen deine Passphrase neu fest.</translation>
        </message>
        <message>
            <source>The part of keystore.json that your recovery key opens is damaged. Please unlock with your passphrase or the keychain; afterwards create a new recovery key in Settings.</source>
            <translation>Der Teil der keystore.json, den dein Wiederherstellungsschlüssel öffnet, ist beschädigt. Bitte entsperre mit deiner Passphrase oder dem Schlüsselbund und erstelle danach in den Einstellungen einen neuen Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>Companion could not find the file that unlocks your journal (keystore.json).</source>
            <translation>Companion hat die Datei, die dein Tagebuch entsperrt (keystore.json), nicht gefunden.</translation>
        </message>
        <message>
            <source>Companion could not read the file that unlocks your journal (keystore.json).</source>
            <translation>Companion konnte die Datei, die dein Tagebuch entsperrt (keystore.json), nicht lesen.</translation>
        </message>
        <message>
            <source>This file is not a Companion keystore, so it cannot unlock a journal.</source>
            <translation>Diese Datei ist keine Schlüsseldatei von Companion, deshalb kann sie kein Tagebuch entsperren.</translation>
        </message>
        <message>
            <source>Companion could not save the file that unlocks your journal. Please check that there is free space on the disk and try again.</source>
            <translation>Companion konnte die Datei, die dein Tagebuch entsperrt, nicht speichern. Bitte prüf, ob auf dem Datenträger noch Platz frei ist, und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Please choose a passphrase. It cannot be empty.</source>
            <translation>Bitte wähle eine Passphrase. Sie darf nicht leer sein.</translation>
        </message>
        <message>
            <source>This journal does not have a passphrase. You can unlock it with your recovery key.</source>
            <translation>Dieses Tagebuch hat keine Passphrase. Du kannst es mit deinem Wiederherstellungsschlüssel entsperren.</translation>
        </message>
    </context>
    <context>
        <name>security.policy</name>
        <message>
            <source>Please choose a passphrase. It cannot be empty.</source>
            <translation>Bitte wähle eine Passphrase. Sie darf nicht leer sein.</translation>
        </message>
        <message numerus="yes">
            <source>Please choose a passphrase of at least %n [character|characters]. A few unrelated words work well.</source>
            <translation>
                <numerusform>Bitte wähle eine Passphrase mit mindestens %n Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</numerusform>
                <numerusform>Bitte wähle eine Passphrase mit mindestens %n Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>security.recovery</name>
        <message>
            <source>A recovery key only uses the digits 0–9 and the letters A–Z (never U); “%1” is not one of them.</source>
            <translation>Ein Wiederherstellungsschlüssel besteht nur aus den Ziffern 0–9 und den Buchstaben A–Z (nie U); „%1“ gehört nicht dazu.</translation>
        </message>
        <message>
            <source>A recovery key only uses the digits 0–9 and the letters A–Z (never U); an unusual character is not one of them.</source>
            <translation>Ein Wiederherstellungsschlüssel besteht nur aus den Ziffern 0–9 und den Buchstaben A–Z (nie U); deine Eingabe enthält ein ungewöhnliches Zeichen, das nicht dazugehört.</translation>
        </message>
        <message>
            <source>Please type your recovery key.</source>
            <translation>Bitte gib deinen Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message numerus="yes">
            <source>A recovery key has %n [letter or digit|letters and digits]; this one has %1.</source>
            <translation>
                <numerusform>Ein Wiederherstellungsschlüssel hat %n Buchstaben oder Ziffer; dieser hat %1.</numerusform>
                <numerusform>Ein Wiederherstellungsschlüssel hat %n Buchstaben und Ziffern; dieser hat %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>security.sync</name>
        <message>
            <source>A file in the sync folder could not be opened: it is damaged, was changed, or does not belong to this journal.</source>
            <translation>Eine Datei im Sync-Ordner konnte nicht geöffnet werden: Sie ist beschädigt, wurde verändert oder gehört nicht zu diesem Tagebuch.</translation>
        </message>
        <message>
            <source>A file in the sync folder is far larger than any file Companion writes there, so it was not opened.</source>
            <translation>Eine Datei im Sync-Ordner ist viel größer als jede Datei, die Companion dort schreibt, deshalb wurde sie nicht geöffnet.</translation>
        </message>
        <message>
            <source>Companion could not write this to the sync folder: it is more than one sync file may hold.</source>
            <translation>Companion konnte das nicht in den Sync-Ordner schreiben: Es ist mehr, als eine Sync-Datei fassen darf.</translation>
        </message>
        <message>
            <source>The unlock information in the sync folder is damaged, so this computer cannot open the journal from it.</source>
            <translation>Die Angaben zum Entsperren im Sync-Ordner sind beschädigt, deshalb kann dieser Computer das Tagebuch nicht daraus öffnen.</translation>
        </message>
        <message>
            <source>The sync folder was set up by a newer version of Companion. Please update Companion on this computer.</source>
            <translation>Der Sync-Ordner wurde mit einer neueren Version von Companion eingerichtet. Bitte aktualisiere Companion auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>services.agenda</name>
        <message>
            <source>This counselor is no longer in Companion, so the item was not added.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion, deshalb wurde der Punkt nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>This session has not happened yet, so it cannot be marked as attended. Your notes were not saved yet: untick "attended" and save again.</source>
            <translation>Dieses Gespräch hat noch nicht stattgefunden, deshalb kann es nicht als wahrgenommen markiert werden. Deine Notizen sind noch nicht gespeichert: Nimm den Haken bei „Ich war bei diesem Gespräch“ heraus und speichere noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>services.archive</name>
        <message>
            <source>Companion full archive</source>
            <translation>Vollständiges Companion-Archiv</translation>
        </message>
        <message>
            <source>This archive is NOT encrypted. Anyone who can open this file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
            <translation>Dieses Archiv ist NICHT verschlüsselt. Wer diese Datei öffnen kann, kann alles darin lesen. Bewahre es an einem privaten Ort auf und lösche es, wenn du es nicht mehr brauchst.</translation>
        </message>
        <message>
            <source>archive.json: every record, in the format described in Companion's docs/archive-format.md (format “companion-archive”, version %1). Companion can import it into an empty journal.</source>
            <translation>archive.json: alle Datensätze im Format, das Companions docs/archive-format.md beschreibt (Format „companion-archive“, Version %1). Companion kann es in ein leeres Tagebuch importieren.</translation>
        </message>
        <message>
            <source>attachments: the photos and files kept with your journal entries, each named by the SHA-256 checksum of its contents; archive.json says which entry holds which, and under what name.</source>
            <translation>attachments: die Fotos und Dateien deiner Tagebucheinträge, jede benannt nach der SHA-256-Prüfsumme ihres Inhalts; archive.json sagt, welcher Eintrag welche enthält und unter welchem Namen.</translation>
        </message>
        <message>
            <source>checkins.csv: one row per relationship check-in, a column per quality (0 to 10, empty when not rated).</source>
            <translation>checkins.csv: eine Zeile pro Check-in zur Beziehung, eine Spalte pro Qualität (0 bis 10, leer, wenn nicht bewertet).</translation>
        </message>
        <message>
            <source>moods.csv: the date and mood of each journal entry that has a mood.</source>
            <translation>moods.csv: Datum und Stimmung jedes Tagebucheintrags mit Stimmung.</translation>
        </message>
        <message>
            <source>goal_progress.csv: progress ratings of your goals and expectations (0 to 10).</source>
            <translation>goal_progress.csv: Einschätzungen des Fortschritts deiner Ziele und Erwartungen (0 bis 10).</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Private journal entries included: %1</source>
            <translation>Private Tagebucheinträge enthalten: %1</translation>
        </message>
        <message>
            <source>Safety plan included: %1</source>
            <translation>Krisenplan enthalten: %1</translation>
        </message>
        <message>
            <source>Exported: %1</source>
            <translation>Exportiert: %1</translation>
        </message>
        <message>
            <source>Please give a file name for the archive, not a folder.</source>
            <translation>Bitte gib einen Dateinamen für das Archiv an, keinen Ordner.</translation>
        </message>
        <message>
            <source>The folder for the archive could not be found.</source>
            <translation>Der Ordner für das Archiv wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The archive could not be written. Please check that the folder is writable and has free space.</source>
            <translation>Das Archiv konnte nicht geschrieben werden. Bitte prüfe, ob der Ordner beschreibbar ist und genug Platz hat.</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: its file is missing from the archive.</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Seine Datei fehlt im Archiv.</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: its file is not the one the archive names (it was changed or damaged).</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Seine Datei ist nicht die, die das Archiv nennt (sie wurde verändert oder beschädigt).</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: it is not a kind of file Companion keeps, or not the kind its name says.</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Companion bewahrt diese Art von Datei nicht auf, oder sie ist nicht die Art, die ihr Name sagt.</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: it is larger than Companion keeps.</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Er ist größer als das, was Companion aufbewahrt.</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: the picture is too large to show safely.</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Das Bild ist zu groß, um es sicher anzuzeigen.</translation>
        </message>
        <message>
            <source>Attachment %1 of journal entry %2 was left out: its file seems damaged or incomplete.</source>
            <translation>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Seine Datei scheint beschädigt oder unvollständig zu sein.</translation>
        </message>
        <message numerus="yes">
            <source>Attachment %1 of journal entry %2 was left out: an entry holds at most %n [file|files].</source>
            <translation>
                <numerusform>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Ein Eintrag kann höchstens %n Datei aufnehmen.</numerusform>
                <numerusform>Anhang %1 von Tagebucheintrag %2 wurde weggelassen: Ein Eintrag kann höchstens %n Dateien aufnehmen.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is not enough free space on the disk for the files in this archive (they need about %1 MB). Nothing was imported.</source>
            <translation>Auf dem Datenträger ist nicht genug Platz für die Dateien in diesem Archiv (sie brauchen etwa %1 MB). Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>This journal already has entries, so the archive was not imported (that would mix two journals). Import it into a new, empty journal instead.</source>
            <translation>Dieses Tagebuch hat schon Einträge, deshalb wurde das Archiv nicht importiert (sonst würden zwei Tagebücher vermischt). Importiere es stattdessen in ein neues, leeres Tagebuch.</translation>
        </message>
        <message>
            <source>The archive file could not be found.</source>
            <translation>Die Archivdatei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The archive file could not be read (%1).</source>
            <translation>Die Archivdatei konnte nicht gelesen werden (%1).</translation>
        </message>
        <message>
            <source>This archive is too large to be a Companion archive.</source>
            <translation>Dieses Archiv ist zu groß, um ein Companion-Archiv zu sein.</translation>
        </message>
        <message>
            <source>This archive holds a file whose name points outside the archive, so it was not imported. It was not made by Companion, or it was changed since.</source>
            <translation>Dieses Archiv enthält eine Datei, deren Name aus dem Archiv hinauszeigt, deshalb wurde es nicht importiert. Es wurde nicht von Companion erstellt oder wurde seitdem verändert.</translation>
        </message>
        <message>
            <source>This zip file is not a Companion archive.</source>
            <translation>Diese ZIP-Datei ist kein Companion-Archiv.</translation>
        </message>
        <message>
            <source>This file is too large to be a Companion archive.</source>
            <translation>Diese Datei ist zu groß, um ein Companion-Archiv zu sein.</translation>
        </message>
        <message>
            <source>This file is not a Companion archive (it is not valid JSON).</source>
            <translation>Diese Datei ist kein Companion-Archiv (sie enthält kein gültiges JSON).</translation>
        </message>
    </context>
    <context>
        <name>services.backups</name>
        <message>
            <source>This backup file has been changed or damaged, so Companion will not restore it. Nothing has been replaced.</source>
            <translation>Diese Sicherungsdatei wurde verändert oder ist beschädigt, deshalb stellt Companion sie nicht wieder her. Es wurde nichts ersetzt.</translation>
        </message>
        <message>
            <source>This file is not a Companion backup.</source>
            <translation>Diese Datei ist keine Companion-Sicherung.</translation>
        </message>
        <message>
            <source>The backup file could not be found.</source>
            <translation>Die Sicherungsdatei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The backup file could not be read.</source>
            <translation>Die Sicherungsdatei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Companion. Please update Companion to restore it.</source>
            <translation>Diese Sicherung stammt von einer neueren Version von Companion. Bitte aktualisiere Companion, um sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>This copy holds a journal without its keystore.json, so it can only be restored together with that file. Choose the keystore.json that belongs to it (on the command line: companion restore --keystore FILE).</source>
            <translation>Diese Kopie enthält ein Tagebuch ohne seine keystore.json und lässt sich nur zusammen mit dieser Datei wiederherstellen. Wähle die keystore.json, die dazugehört (auf der Kommandozeile: companion restore --keystore DATEI).</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk to restore this backup (it needs about %1 MB). Nothing has been replaced.</source>
            <translation>Auf dem Datenträger ist nicht genug Platz, um diese Sicherung wiederherzustellen (sie braucht etwa %1 MB). Es wurde nichts ersetzt.</translation>
        </message>
        <message>
            <source>This backup holds a different journal from the one in this folder. Restoring it would replace your current journal (which would be kept aside first).</source>
            <translation>Diese Sicherung enthält ein anderes Tagebuch als das in diesem Ordner. Sie wiederherzustellen würde dein jetziges Tagebuch ersetzen (das vorher aufbewahrt würde).</translation>
        </message>
        <message>
            <source>This backup has no passphrase. Please use your recovery key to restore it.</source>
            <translation>Diese Sicherung hat keine Passphrase. Bitte nimm deinen Wiederherstellungsschlüssel, um sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>Please enter your passphrase or your recovery key.</source>
            <translation>Bitte gib deine Passphrase oder deinen Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message numerus="yes">
            <source>Please keep between 1 and %n [backup|backups].</source>
            <translation>
                <numerusform>Bitte bewahre %n Sicherung auf.</numerusform>
                <numerusform>Bitte bewahre zwischen 1 und %n Sicherungen auf.</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder “%1” for the backup could not be found.</source>
            <translation>Der Ordner „%1“ für die Sicherung wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>There is already a file named %1 there, and it is not a backup of this journal, so Companion will not replace it. Please choose another name.</source>
            <translation>Dort liegt schon eine Datei namens %1, und sie ist keine Sicherung dieses Tagebuchs, deshalb ersetzt Companion sie nicht. Bitte wähle einen anderen Namen.</translation>
        </message>
        <message>
            <source>The file that unlocks your journal (keystore.json) is missing.</source>
            <translation>Die Datei, die dein Tagebuch entsperrt (keystore.json), fehlt.</translation>
        </message>
        <message>
            <source>The backup could not be written. Please check that the folder is writable and has free space.</source>
            <translation>Die Sicherung konnte nicht geschrieben werden. Bitte prüfe, ob du in den Ordner schreiben darfst und ob genug Platz frei ist.</translation>
        </message>
        <message>
            <source>That does not open this backup. It needs the passphrase or recovery key the journal had when the backup was made.</source>
            <translation>Damit lässt sich diese Sicherung nicht öffnen. Sie braucht die Passphrase oder den Wiederherstellungsschlüssel, die das Tagebuch hatte, als die Sicherung entstand.</translation>
        </message>
    </context>
    <context>
        <name>services.checkins</name>
        <message>
            <source>That session is no longer in Companion, so there is nothing to check in on.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion, deshalb gibt es dazu keinen Check-in.</translation>
        </message>
        <message>
            <source>A check-in is for a session that has already taken place.</source>
            <translation>Ein Check-in gehört zu einem Gespräch, das schon stattgefunden hat.</translation>
        </message>
        <message>
            <source>There is nothing to write about in this check-in.</source>
            <translation>Zu diesem Check-in gibt es nichts zu schreiben.</translation>
        </message>
    </context>
    <context>
        <name>services.feedback</name>
        <message>
            <source>That session is no longer in Companion. Please choose again.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion. Bitte wähle noch einmal.</translation>
        </message>
        <message>
            <source>That counselor is no longer in Companion. Please choose again.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion. Bitte wähle noch einmal.</translation>
        </message>
        <message>
            <source>Please choose one of the options offered.</source>
            <translation>Bitte wähle eine der angebotenen Möglichkeiten.</translation>
        </message>
    </context>
    <context>
        <name>services.goals</name>
        <message>
            <source>That counselor is no longer in Companion. Please choose again.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion. Bitte wähle noch einmal.</translation>
        </message>
        <message>
            <source>That session is no longer in Companion. Please choose again.</source>
            <translation>Dieses Gespräch ist nicht mehr in Companion. Bitte wähle noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>services.health</name>
        <message>
            <source>Journal: every page and its structure are intact.</source>
            <translation>Tagebuch: Jede Seite und ihre Struktur sind unversehrt.</translation>
        </message>
        <message>
            <source>Automatic backups: none yet.</source>
            <translation>Automatische Sicherungen: noch keine.</translation>
        </message>
        <message>
            <source>The newest automatic backup (%1) cannot be used: %2</source>
            <translation>Die neueste automatische Sicherung (%1) ist nicht brauchbar: %2</translation>
        </message>
        <message>
            <source>Newest automatic backup (%1): intact.</source>
            <translation>Neueste automatische Sicherung (%1): unversehrt.</translation>
        </message>
    </context>
    <context>
        <name>services.ics_import</name>
        <message>
            <source>This file is not a calendar file (.ics). Please choose the file your practice sent.</source>
            <translation>Diese Datei ist keine Kalenderdatei (.ics). Bitte wähle die Datei, die deine Praxis geschickt hat.</translation>
        </message>
        <message>
            <source>Companion could not read this calendar file; it may be damaged or incomplete. Try downloading or exporting it again.</source>
            <translation>Companion konnte diese Kalenderdatei nicht lesen; vielleicht ist sie beschädigt oder unvollständig. Lade oder exportiere sie am besten noch einmal.</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Diese Datei ist leer.</translation>
        </message>
        <message>
            <source>This calendar has no appointments in it.</source>
            <translation>In diesem Kalender stehen keine Termine.</translation>
        </message>
        <message>
            <source>Companion could not read all of this calendar: the file seems to be cut off. Try downloading or exporting it again; nothing was imported.</source>
            <translation>Companion konnte diesen Kalender nicht vollständig lesen: Die Datei scheint abgeschnitten zu sein. Lade oder exportiere sie noch einmal; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>This file is too big to be a calendar from a practice. Please choose the .ics file they sent.</source>
            <translation>Diese Datei ist zu groß für einen Kalender von einer Praxis. Bitte wähle die .ics-Datei, die sie geschickt hat.</translation>
        </message>
        <message>
            <source>Companion could not open this file.</source>
            <translation>Companion konnte diese Datei nicht öffnen.</translation>
        </message>
        <message>
            <source>This file looks like a jrnl export: journal entries, not appointments. Please import it into the journal instead.</source>
            <translation>Diese Datei sieht nach einem jrnl-Export aus: Tagebucheinträge, keine Termine. Bitte importiere sie stattdessen ins Tagebuch.</translation>
        </message>
        <message>
            <source>This file looks like a Day One export: journal entries, not appointments. Please import it into the journal instead.</source>
            <translation>Diese Datei sieht nach einem Day-One-Export aus: Tagebucheinträge, keine Termine. Bitte importiere sie stattdessen ins Tagebuch.</translation>
        </message>
        <message>
            <source>This file looks like a Daylio export: journal entries, not appointments. Please import it into the journal instead.</source>
            <translation>Diese Datei sieht nach einem Daylio-Export aus: Tagebucheinträge, keine Termine. Bitte importiere sie stattdessen ins Tagebuch.</translation>
        </message>
        <message numerus="yes">
            <source>The appointment on %1 lists %n [extra date|extra dates] without a time of day; [it was|they were] left out.</source>
            <translation>
                <numerusform>Der Termin am %1 nennt %n zusätzliches Datum ohne Uhrzeit; es wurde ausgelassen.</numerusform>
                <numerusform>Der Termin am %1 nennt %n zusätzliche Daten ohne Uhrzeit; sie wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The appointment on %1 lists %n [extra date that does|extra dates that do] not last between 1 minute and a day; [it was|they were] left out.</source>
            <translation>
                <numerusform>Der Termin am %1 nennt %n zusätzliches Datum, das nicht zwischen 1 Minute und einem Tag dauert; es wurde ausgelassen.</numerusform>
                <numerusform>Der Termin am %1 nennt %n zusätzliche Daten, die nicht zwischen 1 Minute und einem Tag dauern; sie wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The appointment on %1 lists %n [extra date|extra dates] Companion cannot read; [it was|they were] left out.</source>
            <translation>
                <numerusform>Der Termin am %1 nennt %n zusätzliches Datum, das Companion nicht lesen kann; es wurde ausgelassen.</numerusform>
                <numerusform>Der Termin am %1 nennt %n zusätzliche Daten, die Companion nicht lesen kann; sie wurden ausgelassen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>services.importing</name>
        <message numerus="yes">
            <source>%n [file|files]</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Some photos or files changed or went since the export was read. Please choose it again.</source>
            <translation>Einige Fotos oder Dateien haben sich verändert oder sind verschwunden, seit der Export gelesen wurde. Bitte wähle ihn noch einmal aus.</translation>
        </message>
    </context>
    <context>
        <name>services.profile</name>
        <message>
            <source>Your journal file appears to be damaged, so Companion did not open it. Nothing has been deleted.</source>
            <translation>Deine Tagebuchdatei scheint beschädigt zu sein, deshalb hat Companion sie nicht geöffnet. Es wurde nichts gelöscht.</translation>
        </message>
        <message>
            <source>Companion was not closed properly last time, and the part of your journal file that holds the latest changes is damaged: %1 of the last saves cannot be recovered. Your files were copied aside before anything was changed.</source>
            <translation>Companion wurde letztes Mal nicht richtig beendet, und der Teil deiner Tagebuchdatei mit den letzten Änderungen ist beschädigt: %1 der letzten Speicherungen lassen sich nicht retten. Deine Dateien wurden beiseitekopiert, bevor irgendetwas geändert wurde.</translation>
        </message>
        <message>
            <source>Companion was not closed properly last time, and the part of your journal file that holds the latest changes is damaged: some of the last saves cannot be recovered. Your files were copied aside before anything was changed.</source>
            <translation>Companion wurde letztes Mal nicht richtig beendet, und der Teil deiner Tagebuchdatei mit den letzten Änderungen ist beschädigt: Einige der letzten Speicherungen lassen sich nicht retten. Deine Dateien wurden beiseitekopiert, bevor irgendetwas geändert wurde.</translation>
        </message>
        <message>
            <source>Companion is locked.</source>
            <translation>Companion ist gesperrt.</translation>
        </message>
        <message>
            <source>Companion needs a way to open without the recovery key. Store the key in the keychain first, then you can remove the passphrase.</source>
            <translation>Companion braucht einen Weg, sich ohne den Wiederherstellungsschlüssel zu öffnen. Hinterlege den Schlüssel zuerst im Schlüsselbund, dann kannst du die Passphrase entfernen.</translation>
        </message>
        <message>
            <source>Set a passphrase first: without the keychain or a passphrase, only the recovery key could open Companion.</source>
            <translation>Leg zuerst eine Passphrase fest: Ohne Schlüsselbund oder Passphrase könnte nur noch der Wiederherstellungsschlüssel Companion öffnen.</translation>
        </message>
        <message>
            <source>This profile has no recovery key stored. Create a new one.</source>
            <translation>In diesem Profil ist kein Wiederherstellungsschlüssel gespeichert. Erstelle einen neuen.</translation>
        </message>
        <message>
            <source>This folder holds a journal; it was left as it is.</source>
            <translation>In diesem Ordner liegt ein Tagebuch; es wurde so gelassen, wie es ist.</translation>
        </message>
        <message>
            <source>The sync folder's journal file is damaged.</source>
            <translation>Die Tagebuchdatei im Sync-Ordner ist beschädigt.</translation>
        </message>
        <message>
            <source>There is already a journal in this folder; Companion will not create a new one over it.</source>
            <translation>In diesem Ordner liegt schon ein Tagebuch; Companion legt kein neues darüber an.</translation>
        </message>
        <message>
            <source>Choose the keychain, a passphrase, or both.</source>
            <translation>Wähle den Schlüsselbund, eine Passphrase oder beides.</translation>
        </message>
        <message>
            <source>This journal is not set up to open from the keychain.</source>
            <translation>Dieses Tagebuch ist nicht dafür eingerichtet, sich über den Schlüsselbund zu öffnen.</translation>
        </message>
        <message>
            <source>The keychain could not be used (%1). Open with your passphrase or your recovery key.</source>
            <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Öffne mit deiner Passphrase oder deinem Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>The keychain does not hold the key for this journal (it may be a different keychain or computer). Open with your passphrase or your recovery key.</source>
            <translation>Im Schlüsselbund liegt nicht der Schlüssel für dieses Tagebuch (vielleicht ist es ein anderer Schlüsselbund oder Computer). Öffne mit deiner Passphrase oder deinem Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>Your journal file needs attention, but Companion could not copy it aside first (is the disk full?), so it changed nothing. Free some space and start Companion again.</source>
            <translation>Deine Tagebuchdatei braucht Aufmerksamkeit, aber Companion konnte sie nicht vorher beiseitekopieren (ist der Datenträger voll?) und hat deshalb nichts verändert. Schaffe etwas Platz und starte Companion noch einmal.</translation>
        </message>
        <message>
            <source>The journal file is missing from %1, or empty. If you moved it, put it back; otherwise restore a backup.</source>
            <translation>Die Tagebuchdatei fehlt in %1 oder ist leer. Wenn du sie verschoben hast, leg sie zurück; sonst stelle eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>This backup does not open with the key in keystore.json: keystore.json may have been replaced by another journal's. Nothing was changed.</source>
            <translation>Diese Sicherung lässt sich mit dem Schlüssel in keystore.json nicht öffnen: Vielleicht wurde keystore.json durch die eines anderen Tagebuchs ersetzt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This copy is damaged too, so it was not restored. Nothing was changed.</source>
            <translation>Auch diese Kopie ist beschädigt und wurde deshalb nicht wiederhergestellt. Nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>services.sessions</name>
        <message>
            <source>This counselor is no longer in Companion. Please choose another one.</source>
            <translation>Diese Berater:in ist nicht mehr in Companion. Bitte wähle eine andere.</translation>
        </message>
        <message>
            <source>There is already a session with this counselor at that time.</source>
            <translation>Zu dieser Zeit gibt es schon ein Gespräch mit dieser Berater:in.</translation>
        </message>
    </context>
    <context>
        <name>services.sync</name>
        <message>
            <source>Unknown computer</source>
            <translation>Unbekannter Computer</translation>
        </message>
        <message>
            <source>Sync is not set up on this computer.</source>
            <translation>Auf diesem Computer ist keine Synchronisierung eingerichtet.</translation>
        </message>
        <message>
            <source>Some changes from another computer could not be stored here (they may come from a newer version of Companion). They are kept aside, and everything else was brought in.</source>
            <translation>Einige Änderungen von einem anderen Computer konnten hier nicht gespeichert werden (vielleicht stammen sie von einer neueren Companion-Version). Sie werden beiseitegelegt; alles andere wurde übernommen.</translation>
        </message>
        <message>
            <source>The sync folder holds another Companion journal, so nothing was read from it or written to it.</source>
            <translation>Im Sync-Ordner liegt ein anderes Companion-Tagebuch, deshalb wurde dort nichts gelesen oder geschrieben.</translation>
        </message>
        <message>
            <source>A photo or file another computer sent could not be used: it is damaged, incomplete, or was changed. It was set aside, and everything else was brought in.</source>
            <translation>Ein Foto oder eine Datei von einem anderen Computer konnte nicht verwendet werden: Sie ist beschädigt, unvollständig oder wurde verändert. Sie wurde beiseitegelegt; alles andere wurde übernommen.</translation>
        </message>
        <message>
            <source>A file another computer wrote could not be read: it is damaged, incomplete, or was changed. Nothing from it was used; Companion will try again.</source>
            <translation>Eine Datei, die ein anderer Computer geschrieben hat, konnte nicht gelesen werden: Sie ist beschädigt, unvollständig oder wurde verändert. Nichts daraus wurde übernommen; Companion versucht es noch einmal.</translation>
        </message>
        <message>
            <source>Companion could not write to the sync folder (is it read-only, or full?). Your changes wait here; what the other computers wrote was still read.</source>
            <translation>Companion konnte nicht in den Sync-Ordner schreiben (ist er schreibgeschützt oder voll?). Deine Änderungen warten hier; was die anderen Computer geschrieben haben, wurde trotzdem gelesen.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
    </context>
    <context>
        <name>starters</name>
        <message>
            <source>When {0}, I felt {1}.</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Als {0}, habe ich mich {1} gefühlt.</translation>
        </message>
        <message>
            <source>what happened</source>
            <translation>was passiert ist</translation>
        </message>
        <message>
            <source>how it was for you</source>
            <translation>wie es für dich war</translation>
        </message>
        <message>
            <source>I noticed that {0}, and I wondered {1}.</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Mir ist aufgefallen, dass {0}, und ich habe mich gefragt, {1}.</translation>
        </message>
        <message>
            <source>what you noticed</source>
            <translation>was dir aufgefallen ist</translation>
        </message>
        <message>
            <source>what you wondered</source>
            <translation>was du dich gefragt hast</translation>
        </message>
        <message>
            <source>What would help me is {0}.</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Was mir helfen würde, ist {0}.</translation>
        </message>
        <message>
            <source>what would help</source>
            <translation>was helfen würde</translation>
        </message>
        <message>
            <source>I'd like to try {0}.</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Ich würde gern {0} ausprobieren.</translation>
        </message>
        <message>
            <source>something you'd like to try</source>
            <translation>etwas, das du ausprobieren möchtest</translation>
        </message>
        <message>
            <source>This is a little hard for me to say, but {0}.</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Es fällt mir ein bisschen schwer, das zu sagen, aber {0}.</translation>
        </message>
        <message>
            <source>what you want to say</source>
            <translation>was du sagen möchtest</translation>
        </message>
        <message>
            <source>I'm not sure I understood {0}. Could we go over it again?</source>
            <extracomment>Keep {0}, {1}: they are the blanks.</extracomment>
            <translation>Ich bin nicht sicher, ob ich {0} verstanden habe. Könnten wir das noch einmal durchgehen?</translation>
        </message>
        <message>
            <source>what was unclear</source>
            <translation>was unklar war</translation>
        </message>
    </context>
    <context>
        <name>storage.agenda_store</name>
        <message>
            <source>Appreciation: %1</source>
            <translation>Wertschätzung: %1</translation>
        </message>
        <message>
            <source>Appreciation</source>
            <translation>Wertschätzung</translation>
        </message>
        <message>
            <source>Concern: %1</source>
            <translation>Anliegen: %1</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <source>Request: %1</source>
            <translation>Bitte: %1</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Bitte</translation>
        </message>
        <message>
            <source>Question: %1</source>
            <translation>Frage: %1</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
    </context>
    <context>
        <name>storage.backup</name>
        <message>
            <source>The backup file could not be found.</source>
            <translation>Die Sicherungsdatei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The backup file is empty.</source>
            <translation>Die Sicherungsdatei ist leer.</translation>
        </message>
    </context>
    <context>
        <name>storage.engine</name>
        <message>
            <source>The journal file is empty.</source>
            <translation>Die Tagebuchdatei ist leer.</translation>
        </message>
    </context>
    <context>
        <name>storage.errors</name>
        <message>
            <source>Companion could not read or write its journal file.</source>
            <translation>Companion konnte seine Tagebuchdatei nicht lesen oder schreiben.</translation>
        </message>
        <message>
            <source>This key does not open the journal. It may belong to another profile.</source>
            <translation>Dieser Schlüssel öffnet das Tagebuch nicht. Vielleicht gehört er zu einem anderen Profil.</translation>
        </message>
        <message>
            <source>The journal file could not be found. It may have been moved, renamed or deleted.</source>
            <translation>Die Tagebuchdatei wurde nicht gefunden. Vielleicht wurde sie verschoben, umbenannt oder gelöscht.</translation>
        </message>
        <message>
            <source>The journal file is damaged and cannot be opened safely. You can restore it from a backup.</source>
            <translation>Die Tagebuchdatei ist beschädigt und kann nicht sicher geöffnet werden. Du kannst sie aus einer Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <source>This profile was last used by a newer version of Companion. Please update Companion to open it.</source>
            <translation>Dieses Profil wurde zuletzt mit einer neueren Version von Companion verwendet. Bitte aktualisiere Companion, um es zu öffnen.</translation>
        </message>
        <message>
            <source>Companion could not update the journal for this version. Your journal was left as it was.</source>
            <translation>Companion konnte das Tagebuch nicht für diese Version aktualisieren. Dein Tagebuch ist unverändert geblieben.</translation>
        </message>
        <message>
            <source>The journal is locked. Unlock it to continue.</source>
            <translation>Das Tagebuch ist gesperrt. Entsperre es, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Companion could not read or write its journal file. Check that the disk is not full and that the folder can be written to.</source>
            <translation>Companion konnte seine Tagebuchdatei nicht lesen oder schreiben. Prüf, ob der Datenträger voll ist und ob in den Ordner geschrieben werden darf.</translation>
        </message>
        <message>
            <source>Companion is not allowed to read or write its journal file.</source>
            <translation>Companion darf seine Tagebuchdatei nicht lesen oder schreiben.</translation>
        </message>
        <message>
            <source>The journal file or its folder cannot be written to.</source>
            <translation>In die Tagebuchdatei oder ihren Ordner kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The journal is busy. Is Companion already open in another window?</source>
            <translation>Das Tagebuch wird gerade verwendet. Ist Companion schon in einem anderen Fenster geöffnet?</translation>
        </message>
        <message>
            <source>There is not enough memory to open the journal.</source>
            <translation>Es ist nicht genug Arbeitsspeicher frei, um das Tagebuch zu öffnen.</translation>
        </message>
        <message>
            <source>The disk reported an error while reading or writing the journal file.</source>
            <translation>Der Datenträger hat beim Lesen oder Schreiben der Tagebuchdatei einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space so Companion can save your journal.</source>
            <translation>Der Datenträger ist voll. Mach etwas Platz frei, damit Companion dein Tagebuch speichern kann.</translation>
        </message>
        <message>
            <source>The journal file could not be opened.</source>
            <translation>Die Tagebuchdatei konnte nicht geöffnet werden.</translation>
        </message>
    </context>
    <context>
        <name>storage.migrate</name>
        <message>
            <source>This file does not look like a Companion journal.</source>
            <translation>Diese Datei sieht nicht wie ein Companion-Tagebuch aus.</translation>
        </message>
    </context>
</TS>
