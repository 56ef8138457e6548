/**
 * The forms knowledge sharing takes (step 9): the plan names presentations, trainings and joining each
 * other's team meetings; intervision is our addition. Step 9 plans activities of these kinds; after
 * signing, the log of activities actually held (working data) records them with the same kinds.
 */
export const KNOWLEDGE_ACTIVITY_KINDS = ['presentatie', 'training', 'teamoverleg', 'intervisie', 'anders'] as const;
export type KnowledgeActivityKind = (typeof KNOWLEDGE_ACTIVITY_KINDS)[number];
