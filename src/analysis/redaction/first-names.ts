/**
 * Common first names in France (all origins), lowercased, accents removed.
 * Used to recognise a first name standing alone in a thanks / greeting / staff context
 * ("merci à Julie", "l'infirmière Fatou"). Not meant to be exhaustive.
 */
const NAMES = `
aaron abdel abdelkader abdallah abdou abdoulaye abel adam adele adeline adrien agathe agnes ahmed aicha
aissatou alain alban albert alexandra alexandre alexis alice aline alix amadou amandine amelie amina
aminata amine amir anais andre andrea angele angelique anna anne annabelle anne-marie anne-sophie annie
anthony antoine antonin apolline arnaud arthur assia audrey augustin aurelie aurelien aurore axel axelle
aya aymeric baptiste barbara bastien beatrice benedicte benjamin benoit bernadette bernard bertrand bilal
blanche brigitte bruno camille capucine carine carole caroline catherine cecile celia celine chantal
charles charlotte chloe christelle christian christine christophe claire clara clarisse claude clement
clemence coline colette corentin corinne cyril cyrille damien daniel daniele david delphine denis
denise diane didier dimitri djeneba dominique dylan edith edouard elena eliane elias elisa elisabeth
elise eliott ella elodie eloise elsa emeline emilie emile emma emmanuel emmanuelle enzo eric estelle
ethan etienne eugenie eva evelyne fabien fabienne fabrice fanny farida fatima fatou fatoumata florence
florent florian francis franck francois francoise frederic frederique gabriel gabrielle gael gaelle
gaetan genevieve georges gerald gerard ghislaine gilbert gilles ginette gisele grace gregoire gregory
guillaume gustave guy hamid hanane hassan helene henri herve hortense hugo hugues ibrahim ines irene
isabelle ismael jacqueline jacques jade jamel janine jean jean-baptiste jean-claude jean-francois
jean-luc jean-marc jean-michel jean-paul jean-philippe jean-pierre jeanne jennifer jeremy jerome
jessica joel joelle johanna jonathan jordan joseph josette josiane jules julia julie julien juliette
justine karima karim katia kevin khadija lamia laetitia laura laure laurence laurent lea leila lena
leo leon leonie line lina lionel lisa loic lola lou louis louise luc luca lucas lucie lucien lucile
ludovic lydie lyes madeleine mael maelle magali maite malik mamadou manon manuel marc marcel marceau
margaux margot marguerite maria marianne marie marie-claire marie-christine marie-france marie-laure
marie-odile marie-paule marie-therese marine marion marius martin martine maryse mathias mathieu mathilde
matteo matthieu maxime maximilien medhi mehdi melanie melissa michel michele mickael mila mireille
mohamed mohammed monique morgane moussa myriam nabil nadia nadine nathalie nathan nicolas nicole nina
noah noemie noel nora oceane odette odile olivia olivier omar oscar ousmane pascal pascale patricia
patrick paul paule pauline perrine philippe pierre pierre-yves quentin rachel rachid rania raphael
raphaelle raymond rebecca regine remi renee rene richard robert rodolphe romain romane rose rosalie
roxane sabine sabrina safia salome samia samir samira samuel sandra sandrine sarah sebastien serge
severine simon simone slimane solene sonia sophie stephane stephanie suzanne sylvain sylvie tanguy
thais theo theophile therese thibault thierry thomas timothee tom tristan valentin valentine valerie
vanessa veronique victor victoire vincent violette virginie xavier yacine yanis yannick yasmine yassine
yohan youssef yves yvette yvonne zakaria zoe zohra khaled nassim sofiane soraya walid wassim ilyes
kenza meriem nour sami sana ali omar oumar binta mariama awa kadiatou seydou boubacar issa idrissa
cheikh babacar ngozi chinedu kofi akim thi linh minh anh lan mai tuan huong ngoc hoa chen wei li
pedro joao ana paula rui sergio carlos jose antonio miguel manuela luis sofia giulia marco giovanni
lorenzo francesca sebastian piotr katarzyna olga irina natalia ivan yuri tatiana svetlana elif emre
mustafa ayse fatma zeynep mehmet hakan kemal
ophelie liam nancy jordane mathis mattheo timeo sacha noa maxence lena lise
leane clementine celestine alicia laure-anne anne-laure estelle gwenaelle gwendoline ronan yann
erwan killian kylian rayan ryan ilyes ayoub imane nawel naima wissem hind sirine lilou lilia
amelia naomi mariam moussa souleymane aminata hawa coumba djibril fode lamine kader nordine
farid djamel karima houria sarah emma grace amy emily jack james john oliver harry olivia jessica hannah lucy daniel michael
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
