-- The 16 default themes of the French taxonomy (src/analysis/taxonomy.fr.json, the built-in model's
-- labels). Administrators may rename, add, merge and retire themes afterwards; codes never change.
INSERT INTO "experience_themes" ("code", "label_fr", "label_en", "description", "position") VALUES
  ('accueil', 'Accueil et admission', 'Reception and admission', 'Accueil, formalités d''admission, secrétariat, standard, livret d''accueil', 1),
  ('attente', 'Délais et attente', 'Waiting times and delays', 'Attente aux urgences ou en chambre, délais de rendez-vous, délais de résultats', 2),
  ('relations', 'Relations humaines', 'Staff attitude and relationships', 'Gentillesse, écoute, respect, politesse, attitude du personnel', 3),
  ('soins', 'Qualité et sécurité des soins', 'Quality and safety of care', 'Soins médicaux et infirmiers, compétence, diagnostic, médicaments, rééducation', 4),
  ('information', 'Information et communication', 'Information and communication', 'Explications, association aux décisions, documents, information sur le consentement', 5),
  ('douleur', 'Prise en charge de la douleur', 'Pain management', 'Évaluation et soulagement de la douleur', 6),
  ('organisation', 'Organisation et coordination', 'Organisation and coordination', 'Effectifs, planning, coordination entre services, continuité', 7),
  ('chambre', 'Chambre et confort', 'Room and comfort', 'Chambre, bruit, température, équipements, télévision, repos', 8),
  ('hygiene', 'Propreté et hygiène', 'Cleanliness and hygiene', 'Propreté, hygiène, prévention des infections', 9),
  ('repas', 'Repas et restauration', 'Food and meals', 'Qualité des repas, horaires, régimes, aide au repas', 10),
  ('sortie', 'Sortie et suite des soins', 'Discharge and follow-up', 'Organisation de la sortie, ordonnances, suivi, lettre de liaison', 11),
  ('droits', 'Droits, dignité et intimité', 'Rights, dignity and privacy', 'Intimité, confidentialité, consentement, dignité, réclamations, accès au dossier médical', 12),
  ('proches', 'Place des proches et aidants', 'Relatives and carers', 'Visites, information des proches, aidants', 13),
  ('acces', 'Accès et accessibilité', 'Access and accessibility', 'Stationnement, transport, signalétique, accessibilité handicap', 14),
  ('frais', 'Frais et facturation', 'Fees and billing', 'Frais, suppléments, facturation', 15),
  ('satisfaction', 'Satisfaction générale et remerciements', 'General satisfaction and thanks', 'Satisfaction générale, remerciements, recommandation', 16);
