-- The default grid of partnership domains (PARTNERSHIP_DOMAINS); administrators may rename,
-- reorder, add and retire domains afterwards.
INSERT INTO "partnership_domains" ("code", "name", "description", "position") VALUES
  ('evenements_indesirables', 'Événements indésirables et cellule de gestion des risques', 'Signalement, analyse des événements indésirables et construction du plan d’action.', 1),
  ('plaintes_mediation', 'Plaintes, réclamations et médiation', 'Examen des plaintes et réclamations, médiation, réponses apportées aux usagers.', 2),
  ('experience_patient', 'Enquêtes d’expérience patient', 'Questionnaires de satisfaction et d’expérience, analyse des commentaires, suites données.', 3),
  ('projet_etablissement', 'Projet d’établissement', 'Élaboration et suivi du projet d’établissement ou du projet de service.', 4),
  ('certification_evaluation', 'Certification ou évaluation', 'Préparation de la certification (sanitaire) ou de l’évaluation (médico-social), patient traceur.', 5),
  ('documents_information', 'Documents d’information des usagers', 'Livret d’accueil, fiches d’information, signalétique, documents en FALC.', 6),
  ('formation', 'Formation des professionnels', 'Interventions d’usagers dans les formations, formations communes usagers / professionnels.', 7),
  ('parcours_soins', 'Parcours de soins et d’accompagnement', 'Amélioration des parcours : urgences, sortie, transitions entre services ou structures.', 8),
  ('instances', 'Instances (CDU, CVS)', 'Place des usagers dans la commission des usagers, le conseil de la vie sociale et les autres instances.', 9);
