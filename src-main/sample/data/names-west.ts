/**
 * Given and family names, space-separated; "_" stands for a space inside a
 * name ("De_Luca"). Lists are long on purpose: search benchmarks need a
 * 3-letter prefix to match only a small share of the contacts.
 */
export interface RawNames {
  readonly male: string;
  readonly female: string;
  readonly last: string;
}

export const ENGLISH_NAMES: RawNames = {
  male: `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
    Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
    Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank
    Raymond Jack Dennis Jerry Tyler Aaron Henry Adam Nathan Peter Oliver Harry Liam Noah Ethan Owen Lucas Connor
    Dylan Graham Ian Neil Stuart Colin Simon Gavin Trevor Wesley Calvin Russell Douglas Gordon Howard Vernon Warren`,
  female: `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
    Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
    Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Rachel Catherine
    Heather Olivia Sophie Charlotte Amelia Grace Chloe Lucy Hannah Megan Abigail Victoria Natalie Claire Fiona Gemma
    Hayley Kirsty Bethany Courtney Danielle Gwendolyn Harriet Imogen Jasmine Lauren Madison Penelope Rosalind Tessa`,
  last: `Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee
    Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson
    Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook
    Morgan Bell Murphy Bailey Cooper Richardson Cox Howard Ward Peterson Gray James Watson Brooks Kelly Sanders Price
    Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Washington Butler Simmons
    Foster Bryant Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace West Cole Jordan Owens Reynolds
    Fisher Ellis Harrison Gibson McDonald Marshall Wells Webb Tucker Porter Hunter Hicks Crawford Boyd Mason Warren
    Dixon Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins
    Dunn Perkins Hudson Spencer Stephens Pierce Hansen Fletcher Chapman Lawrence Walsh Lloyd Davies Thomson MacLeod
    O'Brien O'Connor Kennedy Fitzgerald Quinn Doyle Byrne Barker Hopkins Atkinson Cartwright Whitfield Ashworth
    Pemberton Blackwood Thornton Fairbanks Holloway Sinclair Kirkland Radcliffe Winslow Prescott Langley Caldwell
    Merriweather Abbott Ainsworth Bradshaw Buckley Chandler Dalton Eastwood Everett Galloway Hargreaves Ingram Jarvis
    Kingsley Lockwood Montgomery Norwood Osborne Pendleton Quigley Rutherford Stanton Underwood Vaughan Whitaker
    Yardley Bramwell Cromwell Drummond Farnsworth Gilmore Hollis Kendrick Lancaster Mortimer Nash Ogden Prentice`,
};

export const GERMAN_NAMES: RawNames = {
  male: `Andreas Stefan Christian Markus Jürgen Klaus Uwe Wolfgang Matthias Tobias Florian Sebastian Jan Lukas Felix
    Maximilian Jonas Niklas Tim Dirk Holger Ralf Sven Torsten Bernd Dieter Hans Günter Horst Karl Heinz Jens Philipp
    Moritz Julian Fabian Benedikt Volker Rüdiger Björn Lars Malte Henning Gerhard Reinhard Helmut Armin Detlef`,
  female: `Sabine Claudia Susanne Petra Andrea Birgit Stefanie Julia Katharina Lena Lea Marie Anja Kerstin Monika
    Ursula Renate Heike Silke Tanja Manuela Ines Jana Franziska Johanna Miriam Annika Carina Melanie Daniela Christina
    Simone Ulrike Gabriele Elke Dagmar Gudrun Hildegard Ilse Jutta Karin Marlene Roswitha Sieglinde Wiebke Frauke`,
  last: `Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein
    Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier
    Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller
    Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
    Albrecht Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel
    Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer
    Arnold Wolff Pfeiffer Dreher Eberhardt Falkenberg Gerber Hüttner Iffland Jahnke Kessler Lindner Marquardt
    Nowak Oppermann Pfaff Quast Reuter Sattler Trautmann Ullrich Vollmer Wendt Zeller`,
};

export const FRENCH_NAMES: RawNames = {
  male: `Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Julien Sébastien Frédéric Thierry Éric
    Stéphane Guillaume Antoine Mathieu Vincent Romain Maxime Alexandre Hugo Louis Théo Clément Baptiste Benoît Rémi
    Yves François Jacques Bernard Gaël Hervé Jérôme Loïc Marcel Pascal Quentin Xavier`,
  female: `Marie Nathalie Isabelle Sylvie Valérie Sandrine Céline Aurélie Camille Julie Émilie Caroline Chloé Manon
    Léa Inès Juliette Élodie Mathilde Hélène Amélie Pauline Margaux Anne Brigitte Monique Véronique Florence Delphine
    Agnès Bérénice Colette Danielle Geneviève Josiane Laetitia Maëlle Odile Solène Virginie`,
  last: `Bernard Dubois Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel David Bertrand Roux Vincent
    Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc
    Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin Masson
    Gérard Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Lucas Meunier Marchand Dufour Blanchard Barbier
    Brun Dumas Brunet Leroux Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard
    Gaillard Leclercq Lacroix Fabre Dupuis Hubert Guillot Rivière Le_Gall Rey Moulin Lecomte Ménard Fleury
    Deschamps Carpentier Maillard Marchal Aubry Vasseur Le_Roux Renault Jacquet Collet Prévost Poirier Charpentier
    Royer Huet Baron Dupuy Pons Lainé Carré Breton Rémy Perrot Guyot Barre Marty Cousin Da_Silva Delacroix Beaumont`,
};
