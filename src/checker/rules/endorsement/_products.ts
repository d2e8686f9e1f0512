import type { RuleContext } from '../../context';
import { fold } from '../../text/normalize';

/** Each policy's product names, folded as mentions are matched ("acme flow"), made once per policy. */
const productSets = new WeakMap<object, Set<string>>();

/** Is a matched (folded) employer term one of the policy's products, not its name or handle? */
export function isProduct(ctx: RuleContext, term: string): boolean {
  let set = productSets.get(ctx.policy);
  if (!set) {
    set = new Set((ctx.policy.source.products ?? []).map((p) => fold(p).trim().replace(/[\s-]+/g, ' ')));
    productSets.set(ctx.policy, set);
  }
  return set.has(term);
}
