"""Files kept with journal entries, in the window: the strip under the editor, the pictures in
the read view, opening a file, Settings' "Files in entries"."""
