/**
 * Word lists shared by the harassment rules, as regular-expression sources over
 * folded text (lower case, no accents, plain apostrophes).
 */

/** "you", "you're", "u r", "ur", "ya" — the person addressed. */
export const YOU = "(?:you|u|ya|ur|youre|you're|you are|u r|u are)";

/** Words that only strengthen an insult: "you absolute moron", "a f***ing idiot". */
export const INTENSIFIER =
  '(?:absolute|total|complete|utter|fucking|fuckin|f\\*+(?:ing|in)?|f[\\W_]{1,3}(?:ing|in)|f\\*+c?k(?:ing|in)|effing|freaking|fricking|bloody|goddamn|damn|massive|huge|giant|big|little|pathetic|stupid|dumb|useless|clueless|lazy|incompetent|sad|real|actual|certified|raging|bumbling|arrogant|ignorant|worthless|entitled|fat|ugly|brainless|spineless|gutless|lying|cheating|thieving|greedy|sniveling|snivelling|miserable|disgusting)';

/** Put-down adjectives before an animal or a role: "lazy cow", "dirty rat", "useless excuse for a manager". */
export const PUT_DOWN =
  '(?:stupid|dumb|lazy|fat|ugly|useless|pathetic|worthless|brainless|spineless|gutless|two-faced|lying|miserable|nasty|smug|sorry|dirty|filthy|slimy|greedy|sneaky|disgusting|old|silly|fucking|f\\*+(?:ing|in)?|bloody|stinking|fat|absolute|total|complete|utter|little|big)';

/** People at work and around it, as the subject or object of an insult ("the new hire", "what a joke of a manager"). */
export const ROLE =
  '(?:human being|human|person|man|woman|guy|girl|dude|lady|employee|coworker|co-worker|colleague|teammate|manager|boss|supervisor|director|leader|team lead|lead|developer|dev|engineer|designer|analyst|consultant|intern|hire|new hire|recruiter|hr person|ceo|cfo|cto|coo|vp|exec|executive|founder|admin|administrator|receptionist|cashier|clerk|nurse|charge nurse|doctor|surgeon|physician|resident|dentist|pharmacist|therapist|teacher|professor|coach|referee|ref|cop|officer|lawyer|judge|politician|mayor|senator|president|journalist|reporter|landlord|neighbou?r|driver|pilot|waiter|waitress|server|chef|agent|rep|representative|technician|tech|contractor|plumber|mechanic|parent|dad|mom|husband|wife|boyfriend|girlfriend)';

/** Nouns that insult a person in any position ("is a clown", "you moron"). */
export const INSULT_NOUN =
  `(?:idiot|moron|imbecile|clown|loser|fraud|liar|jerk|creep|dumbass|jackass|piece of (?:shit|s\\S{0,3}t|crap|garbage|trash|work)|dipshit|scumbag|lowlife|low-life|cretin|buffoon|dimwit|halfwit|nitwit|numpty|muppet|pillock|tosser|knobhead|simpleton|charlatan|grifter|hypocrite|parasite|degenerate|lunatic|coward|crook|scammer|thief|bully|sleazebag|waste of (?:space|oxygen|air|skin)|joke of a (?:person|human|man|woman|manager|developer|ceo|hire|boss|doctor|nurse))`;

/** Nouns that insult only when said to someone's face: "you troll", "you psycho". */
export const ADDRESS_NOUN =
  '(?:fool|troll|psycho|pig|rat|snake|coward|hack|clown|donkey|bozo|goon|weirdo|freak|nerd|noob|newb|karen|snowflake|boomer|incel|virgin|peasant|muppet|twit|git|dork|dweeb)';

/** Compounds where the noun is not about a person: "clown car", "fraud analyst", "liar's paradox". */
export const NOT_A_PERSON =
  "(?!'s|s'|\\s+(?:show|car|fiesta|college|makeup|costume|nose|school|world|emoji|shoes|fish|move|energy|behaviou?r|analyst|analytics|detection|team|department|alert|alerts|prevention|investigator|investigation|case|cases|charges?|risk|check|checks|protection|squad|unit|ring|scheme|loop|paradox|poker|dice|game|mode|syndrome|emails?|calls?|texts?))";

/** A person or people as the subject of a sentence about them. */
export const SUBJECT_IS =
  "(?:is|are|'s|'re|was|were|being|seems like|is such|are such|is just|are just|is basically)";
