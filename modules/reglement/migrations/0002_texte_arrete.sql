-- openRèglement : le texte de l'arrêté, pour l'imprimer tel que le maire le signe.
-- Visas (« Vu … ») et considérants : un par ligne. Articles du dispositif : séparés par une ligne
-- vide (un article peut avoir plusieurs alinéas). Les arrêtés déjà enregistrés gardent un texte
-- vide : leur registre reste juste, seul leur document imprimé est à compléter.
ALTER TABLE reglement_arrete ADD COLUMN visas TEXT NOT NULL DEFAULT '';
ALTER TABLE reglement_arrete ADD COLUMN considerants TEXT NOT NULL DEFAULT '';
ALTER TABLE reglement_arrete ADD COLUMN articles TEXT NOT NULL DEFAULT '';
