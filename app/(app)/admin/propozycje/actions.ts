'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { acceptProposal, returnProposal } from '@/lib/model/proposals';
import { proposalDecisionSchema } from '@/lib/model/schemas';
import { runAction } from '@/lib/run-action';
import { parseInput } from '@/lib/validation/parse';

/** The national administrator's decision: accept (the change is applied) or return with a reason. */
export async function decideProposalAction(input: unknown) {
  return runAction(async () => {
    const actor = await requireActor();
    const { id, decision, note } = parseInput(proposalDecisionSchema, input);
    const result = decision === 'accept' ? await acceptProposal(actor, { id, note }) : await returnProposal(actor, { id, note });
    revalidatePath('/admin/propozycje', 'layout');
    if (decision === 'accept') {
      revalidatePath('/model', 'layout');
      revalidatePath('/admin/wzory', 'layout');
    }
    return result;
  });
}
