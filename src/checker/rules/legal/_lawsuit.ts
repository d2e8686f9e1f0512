/**
 * Words of a lawsuit, in five languages (folded): the suit, the court and its people, or a claim
 * brought against someone. An insurance claim or "damages" alone is not one. Rules use it to tell
 * a legal matter from other talk nearby ("they're completely right", "this is going to cost us").
 */
export const LAWSUIT_NEARBY =
  /(?<![a-z])(?:lawsuits?|su(?:ed|ing|es|it)|court|tribunal|trial|judge|lawyers?|attorneys?|claimants?|plaintiffs?|klagen?|gericht|prozess|demandas?|juicio|abogados|proces|plaintes?|avocats|processos?|justica|advogados|(?:claims?|case|complaint|grievance)(?: [\w'-]+){0,5} (?:against|brought|filed|lodged)|(?:brought|filed) against)(?![a-z])/;
