/**
 * The emissions schema module over a seeded simulation chain (seed 2: two role-weight proposals
 * pass, changing the weights of epochs 4 and 5), every figure checked against the node's own
 * queries.
 */
import { emissionsCodecs, govCodecs, printchain } from "../../proto";
import { ApiFixture } from "../utils/apiFixture";

jest.setTimeout(240_000);

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await ApiFixture.start({ seed: 2 });
});
afterAll(() => fixture?.stop());

type Summary = printchain.emissions.v1.EpochSummary;
const roleName = (role: number | null | undefined): string => printchain.emissions.v1.Role[role ?? 0];

async function summary(epoch: number): Promise<Summary> {
  const response = await fixture.abci("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch }, emissionsCodecs.QueryEpochSummaryResponse);
  return response.summary as Summary;
}

const weightsOf = (s: Summary) => s.roles.map((role) => ({ role: roleName(role.role), weight: role.weight }));

const EPOCH_FIELDS = `epoch startHeight endHeight endTime minted fees total paid communityPoolAdded weights { role weight } roles { role weight pool paid unpaid recipients }
  network { jobsCreated jobsCompleted jobsFailed printersActive printersWorking volume printerPoints printerRewards }`;

async function chainRewards(address: string, epoch = 0): Promise<printchain.emissions.v1.Reward[]> {
  const response = await fixture.abci("/printchain.emissions.v1.Query/Rewards", emissionsCodecs.QueryRewardsRequest, { address, epoch }, emissionsCodecs.QueryRewardsResponse);
  return response.rewards as printchain.emissions.v1.Reward[];
}

const rewardKey = (reward: { epoch?: unknown; role?: unknown; printerId?: unknown; validator?: unknown; points?: unknown; amount?: unknown; commission?: unknown }): string =>
  [String(reward.epoch), String(reward.role), reward.printerId || "-", reward.validator || "-", String(reward.points), String(reward.amount), String(reward.commission)].join(" ");

test("every epoch equals the chain's EpochSummary: heights, time, minted, fees, total, paid, weights, role splits", async () => {
  const data = await fixture.data(`{ epochs(first: 100) { totalCount nodes { ${EPOCH_FIELDS} rewards(first: 2) { totalCount nodes { epoch } } } } epoch(epoch: 3) { epoch minted roles { role paid } } missing: epoch(epoch: 999) { epoch } }`);
  const epochs = data.epochs.nodes as Array<Record<string, any>>;
  expect(epochs.map((epoch) => epoch.epoch)).toEqual([1, 2, 3, 4, 5]);
  expect(data.epochs.totalCount).toBe(5);
  for (const epoch of epochs) {
    const chain = await summary(epoch.epoch);
    const paid = chain.roles.reduce((sum, role) => sum + BigInt(role.paid!), 0n);
    expect({
      startHeight: epoch.startHeight, endHeight: epoch.endHeight, endTime: epoch.endTime, minted: epoch.minted, fees: epoch.fees, total: epoch.total, paid: epoch.paid, communityPoolAdded: epoch.communityPoolAdded,
    }).toEqual({
      startHeight: Number(chain.startHeight), endHeight: Number(chain.endHeight), endTime: new Date(Number(chain.endTimeMs)).toISOString(), minted: chain.minted, fees: chain.fees, total: chain.total, paid: paid.toString(), communityPoolAdded: chain.communityPoolAdded,
    });
    // The chain's rule: what is paid is the emission (minted + fees) less what went to the community pool.
    expect(BigInt(epoch.paid)).toBe(BigInt(epoch.minted) + BigInt(epoch.fees) - BigInt(epoch.communityPoolAdded));
    expect(epoch.weights).toEqual(weightsOf(chain));
    expect(epoch.roles).toEqual(chain.roles.map((role) => ({ role: roleName(role.role), weight: role.weight, pool: role.pool, paid: role.paid, unpaid: (BigInt(role.pool!) - BigInt(role.paid!)).toString(), recipients: role.recipients })));
    expect(epoch.rewards.totalCount).toBe(chain.roles.reduce((sum, role) => sum + role.recipients!, 0));
    expect(epoch.rewards.nodes).toEqual([{ epoch: epoch.epoch }, { epoch: epoch.epoch }]);
    delete epoch.rewards;
    expect(epoch.network.printerRewards).toBe(chain.roles.find((role) => roleName(role.role) === "ROLE_PRINTERS")!.paid);
  }
  expect(data.epoch).toEqual({ epoch: 3, minted: epochs[2].minted, roles: epochs[2].roles.map((role: { role: string; paid: string }) => ({ role: role.role, paid: role.paid })) });
  expect(data.missing).toBeNull();
});

test("each recipient's rewards equal the chain's Query/Rewards; every emission sum = minted + fees − community pool", async () => {
  const all: Array<Record<string, any>> = [];
  let after: string | null = null;
  for (;;) {
    const page: Record<string, any> = await fixture.data(`query($after: String) { rewards(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { height eventIndex epoch role recipient printerId validatorAddress points amount commission } } }`, { after });
    all.push(...page.rewards.nodes);
    expect(page.rewards.totalCount).toBeGreaterThan(100);
    if (!page.rewards.pageInfo.hasNextPage) break;
    after = page.rewards.pageInfo.endCursor;
  }
  const recipients = [...new Set(all.map((reward) => reward.recipient as string))];
  expect(recipients.length).toBeGreaterThan(10);
  const byValidator = new Map<string, number>();
  for (const recipient of recipients) {
    const chainList = await chainRewards(recipient);
    for (const reward of chainList) if (reward.validator) byValidator.set(reward.validator, (byValidator.get(reward.validator) ?? 0) + 1);
    const chain = chainList.map((reward) => rewardKey({ ...reward, epoch: Number(reward.epoch), role: roleName(reward.role) })).sort();
    const { rewards } = await fixture.data(`query($r: String!) { rewards(where: {recipient: {eq: $r}}, first: 1000) { totalCount nodes { epoch role printerId validator: validatorAddress points amount commission } } }`, { r: recipient });
    expect(`${recipient}: ${rewards.nodes.map(rewardKey).sort().join("; ")}`).toBe(`${recipient}: ${chain.join("; ")}`);
    expect(rewards.totalCount).toBe(chain.length);
  }
  // The same rewards through the account (ledger module's Account) and through each validator.
  for (const recipient of recipients.slice(0, 5)) {
    const { account } = await fixture.data(`query($r: String!) { account(address: $r) { rewards(first: 200) { totalCount nodes { epoch role printerId validator: validatorAddress points amount commission } } } }`, { r: recipient });
    expect(account.rewards.nodes.map(rewardKey).sort()).toEqual((await chainRewards(recipient)).map((reward) => rewardKey({ ...reward, epoch: Number(reward.epoch), role: roleName(reward.role) })).sort());
    expect(account.rewards.totalCount).toBe(account.rewards.nodes.length);
  }
  const { validators } = await fixture.data(`{ validators(first: 50) { nodes { operator rewards(first: 1) { totalCount nodes { validatorAddress role } } } } }`);
  expect(byValidator.size).toBeGreaterThan(2);
  for (const validator of validators.nodes) {
    expect({ operator: validator.operator, count: validator.rewards.totalCount }).toEqual({ operator: validator.operator, count: byValidator.get(validator.operator) ?? 0 });
    for (const reward of validator.rewards.nodes) expect(reward).toEqual({ validatorAddress: validator.operator, role: "ROLE_VALIDATORS" });
  }
  // Sums: per epoch, per epoch and role, and over everything.
  const { byEpoch, byEpochRole, overall, epochs } = await fixture.data(`{
    byEpoch: emissionStats(groupBy: [EPOCH]) { epoch role rewards recipients amount { count sum min max avg } }
    byEpochRole: emissionStats(groupBy: [EPOCH, ROLE]) { epoch role rewards amount { sum } }
    overall: emissionStats { epoch role rewards amount { sum } }
    epochs(first: 100) { nodes { epoch minted fees communityPoolAdded paid } }
  }`);
  let grand = 0n;
  for (const epoch of epochs.nodes) {
    const chain = await summary(epoch.epoch);
    const expected = BigInt(chain.minted!) + BigInt(chain.fees!) - BigInt(chain.communityPoolAdded!);
    const group = byEpoch.find((entry: { epoch: number }) => entry.epoch === epoch.epoch);
    expect({ epoch: epoch.epoch, sum: group.amount.sum, role: group.role }).toEqual({ epoch: epoch.epoch, sum: expected.toString(), role: null });
    const amounts = all.filter((reward) => reward.epoch === epoch.epoch).map((reward) => BigInt(reward.amount));
    expect(group.rewards).toBe(amounts.length);
    expect(group.amount.min).toBe(amounts.reduce((a, b) => (a < b ? a : b)).toString());
    expect(group.amount.max).toBe(amounts.reduce((a, b) => (a > b ? a : b)).toString());
    for (const role of chain.roles) {
      const entry = byEpochRole.find((row: { epoch: number; role: string }) => row.epoch === epoch.epoch && row.role === roleName(role.role));
      if (role.recipients === 0) expect(entry).toBeUndefined();
      else expect({ sum: entry.amount.sum, rewards: entry.rewards }).toEqual({ sum: role.paid, rewards: role.recipients });
    }
    grand += expected;
  }
  expect(overall).toEqual([{ epoch: null, role: null, rewards: all.length, amount: { sum: grand.toString() } }]);
});

test("Printer.rewards (one batched statement for a page of printers) equal the chain's rewards of the printer", async () => {
  const before = fixture.statements.length;
  const { printers } = await fixture.data(`{ printers(first: 100) { nodes { id owner rewards(first: 10) { totalCount pageInfo { hasNextPage } nodes { epoch role printerId points amount commission } } } } }`);
  const statements = fixture.statements.slice(before);
  expect(statements.filter((sql) => sql.includes("emission_rewards")).length).toBe(1);
  let withRewards = 0;
  for (const printer of printers.nodes) {
    const chain = (await chainRewards(printer.owner)).filter((reward) => reward.printerId === printer.id).map((reward) => rewardKey({ ...reward, epoch: Number(reward.epoch), role: roleName(reward.role), validator: "" }));
    expect(printer.rewards.nodes.map(rewardKey)).toEqual(chain);
    expect(printer.rewards.totalCount).toBe(chain.length);
    expect(printer.rewards.pageInfo.hasNextPage).toBe(false);
    if (chain.length > 0) withRewards++;
  }
  expect(withRewards).toBeGreaterThan(5);
});

test("weightHistory: each change between consecutive EpochSummaries, with the passed emissions proposal executed in the epoch before", async () => {
  const { weightHistory } = await fixture.data(`{ weightHistory { epoch previousEpoch effectiveHeight oldWeights { role weight } newWeights { role weight } changes { role old new } proposal { id status messages endHeight } } }`);
  const summaries = await Promise.all([1, 2, 3, 4, 5].map(summary));
  const passed = ((await fixture.abci("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, { proposalStatus: printchain.gov.v1.ProposalStatus.PROPOSAL_STATUS_PASSED }, govCodecs.QueryProposalsResponse)).proposals as printchain.gov.v1.Proposal[])
    .filter((proposal) => proposal.messages.some((message) => message.type_url === emissionsCodecs.MsgUpdateParams.typeUrl));
  const expected = [];
  for (let index = 1; index < summaries.length; index++) {
    const [previous, current] = [summaries[index - 1], summaries[index]];
    if (JSON.stringify(weightsOf(previous)) === JSON.stringify(weightsOf(current))) continue;
    const lower = index >= 2 ? Number(summaries[index - 2].endHeight) : 0;
    const window = passed.filter((proposal) => Number(proposal.votingEndHeight) > lower && Number(proposal.votingEndHeight) <= Number(previous.endHeight));
    expect(window.length).toBe(1);
    // The proposal's MsgUpdateParams carries exactly the new weights.
    const update = emissionsCodecs.MsgUpdateParams.decode(window[0].messages.find((message) => message.type_url === emissionsCodecs.MsgUpdateParams.typeUrl)!.value!);
    expect(update.params!.roleWeights!.map((weight) => ({ role: roleName(weight.role!), weight: weight.weight }))).toEqual(weightsOf(current));
    expected.push({
      epoch: Number(current.epoch),
      previousEpoch: Number(previous.epoch),
      effectiveHeight: Number(current.startHeight),
      oldWeights: weightsOf(previous),
      newWeights: weightsOf(current),
      changes: weightsOf(current).map((entry, i) => ({ role: entry.role, old: weightsOf(previous)[i].weight, new: entry.weight })).filter((change) => change.old !== change.new),
      proposal: { id: String(window[0].id), status: "PROPOSAL_STATUS_PASSED", messages: [emissionsCodecs.MsgUpdateParams.typeUrl], endHeight: Number(window[0].votingEndHeight) },
    });
  }
  expect(expected.length).toBe(2);
  expect(weightHistory).toEqual(expected);
});

test("emissionSchedule: the minted series, then the projection equal to the chain's Query/Projection", async () => {
  const { emissionSchedule } = await fixture.data(`{ emissionSchedule(projectEpochs: 5) { params { mintDenom initialEpochEmission halvingInterval maxSupply epochLength } supply epochs { epoch minted halvings projected supplyAfter } } }`);
  const params = (await fixture.abci("/printchain.emissions.v1.Query/Params", emissionsCodecs.QueryParamsRequest, {}, emissionsCodecs.QueryParamsResponse)).params!;
  expect(emissionSchedule.params).toEqual({ mintDenom: params.mintDenom, initialEpochEmission: params.initialEpochEmission, halvingInterval: params.halvingInterval, maxSupply: params.maxSupply, epochLength: Number(params.epochLength) });
  const ended = emissionSchedule.epochs.filter((epoch: { projected: boolean }) => !epoch.projected);
  for (const epoch of ended) expect(epoch.minted).toBe((await summary(epoch.epoch)).minted);
  expect(ended.map((epoch: { epoch: number }) => epoch.epoch)).toEqual([1, 2, 3, 4, 5]);
  const projection = (await fixture.abci("/printchain.emissions.v1.Query/Projection", emissionsCodecs.QueryProjectionRequest, { epochs: 5 }, emissionsCodecs.QueryProjectionResponse)).epochs;
  expect(emissionSchedule.epochs.filter((epoch: { projected: boolean }) => epoch.projected).map(({ epoch, minted, supplyAfter }: Record<string, unknown>) => ({ epoch, minted, supplyAfter }))).toEqual(
    projection.map((entry) => ({ epoch: Number(entry.epoch), minted: entry.mint, supplyAfter: entry.supplyAfter })),
  );
});

test("pagination both ways (epochs by minted, rewards by amount) gives the same items; bad input is refused", async () => {
  const forward = async (query: string, field: string) => {
    const items: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<string, any> = await fixture.data(query, { first: 7, after });
      items.push(...data[field].edges.map((edge: { node: Record<string, unknown> }) => JSON.stringify(edge.node)));
      if (!data[field].pageInfo.hasNextPage) return items;
      after = data[field].pageInfo.endCursor;
    }
  };
  const backward = async (query: string, field: string) => {
    const items: string[] = [];
    let before: string | null = null;
    for (;;) {
      const data: Record<string, any> = await fixture.data(query, { last: 7, before });
      items.unshift(...data[field].edges.map((edge: { node: Record<string, unknown> }) => JSON.stringify(edge.node)));
      if (!data[field].pageInfo.hasPreviousPage) return items;
      before = data[field].pageInfo.startCursor;
    }
  };
  const rewards = `query($first: Int, $after: String, $last: Int, $before: String) { rewards(where: {epoch: {gte: 2}}, orderBy: {field: AMOUNT, direction: DESC}, first: $first, after: $after, last: $last, before: $before) {
    edges { node { height eventIndex amount } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const down = await forward(rewards, "rewards");
  expect(down.length).toBeGreaterThan(50);
  expect(await backward(rewards, "rewards")).toEqual(down);
  const amounts = down.map((item) => BigInt(JSON.parse(item).amount));
  expect(amounts.every((amount, index) => index === 0 || amount <= amounts[index - 1])).toBe(true);
  const epochs = `query($first: Int, $after: String, $last: Int, $before: String) { epochs(orderBy: {field: MINTED, direction: ASC}, first: $first, after: $after, last: $last, before: $before) {
    edges { node { epoch minted } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const up = await forward(epochs.replace(/first: \$first/, "first: $first"), "epochs");
  expect(up.map((item) => JSON.parse(item).epoch)).toEqual([1, 2, 3, 4, 5]);
  expect(await backward(epochs, "epochs")).toEqual(up);

  const unknownRole = await fixture.graphql(`{ rewards(where: {role: {eq: ROLE_NOBODY}}) { totalCount } }`);
  expect(unknownRole.data).toBeUndefined();
  expect(unknownRole.errors?.[0].message).toMatch(/ROLE_NOBODY/);
  expect(unknownRole.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  const badCursor = await fixture.graphql(`{ epochs(after: "not-a-cursor") { totalCount } }`);
  expect(badCursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  const { epochs: page } = await fixture.data(`{ epochs(first: 1) { pageInfo { endCursor } } }`);
  const otherOrder = await fixture.graphql(`query($c: String) { epochs(orderBy: {field: PAID}, after: $c) { totalCount } }`, { c: page.pageInfo.endCursor });
  expect(otherOrder.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  const badProjection = await fixture.graphql(`{ emissionSchedule(projectEpochs: -1) { supply } }`);
  expect(badProjection.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("newEpochs over SSE: the epochs whose end block the checkpoint advances over (checkpoint set back, then forward)", async () => {
  const [checkpoint] = await fixture.sql<{ height: string }>(`SELECT height FROM checkpoints WHERE id = 'main'`);
  const head = Number(checkpoint.height);
  expect(head).toBe(100);
  await fixture.sql(`UPDATE checkpoints SET height = 55 WHERE id = 'main'`);
  const subscription = fixture.subscribe(`subscription { newEpochs { epoch endHeight minted weights { role weight } } }`);
  try {
    await subscription.opened;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(subscription.payloads).toEqual([]);
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
    await subscription.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const epochs = subscription.payloads.map((payload) => payload.data!.newEpochs);
    const expected = [];
    for (const epoch of [3, 4, 5]) {
      const chain = await summary(epoch);
      expected.push({ epoch, endHeight: Number(chain.endHeight), minted: chain.minted, weights: weightsOf(chain) });
    }
    expect(epochs).toEqual(expected);
  } finally {
    subscription.close();
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
  }
});

test("every filter and order of the module runs and sorts as asked", async () => {
  const data = await fixture.data(`{
    byTime: epochs(where: {endTime: {gte: "2026-01-01T01:00:00Z"}, endHeight: {lte: 80}}) { totalCount nodes { epoch endTime } }
    byFees: epochs(orderBy: {field: FEES}) { nodes { fees } }
    byTotal: epochs(orderBy: {field: TOTAL, direction: ASC}, where: {epoch: {in: [2, 3, 4]}}) { totalCount nodes { epoch total } }
    byPoints: rewards(orderBy: {field: POINTS}, where: {role: {in: [ROLE_PRINTERS, ROLE_DEVELOPERS]}, epoch: {eq: 2}}, first: 50) { totalCount nodes { role points epoch } }
    printerRole: rewards(where: {role: {eq: ROLE_PRINTERS}}) { totalCount }
    perRole: emissionStats(groupBy: [ROLE], where: {height: {gt: 20}}) { role rewards recipients amount { count sum avg min max p50 p95 } points { sum } commission { sum } }
  }`);
  expect(data.byTime.nodes.every((node: { endTime: string; epoch: number }) => node.endTime >= "2026-01-01T01:00:00.000Z" && node.epoch <= 4)).toBe(true);
  expect(data.byTime.totalCount).toBe(data.byTime.nodes.length);
  const fees = data.byFees.nodes.map((node: { fees: string }) => BigInt(node.fees));
  expect(fees.every((fee: bigint, index: number) => index === 0 || fee <= fees[index - 1])).toBe(true);
  expect(data.byTotal.totalCount).toBe(3);
  const totals = data.byTotal.nodes.map((node: { total: string }) => BigInt(node.total));
  expect(totals.every((total: bigint, index: number) => index === 0 || total >= totals[index - 1])).toBe(true);
  expect(data.byPoints.nodes.every((node: { role: string; epoch: number }) => ["ROLE_PRINTERS", "ROLE_DEVELOPERS"].includes(node.role) && node.epoch === 2)).toBe(true);
  expect(data.byPoints.totalCount).toBe(data.byPoints.nodes.length);
  const summaries = await Promise.all([1, 2, 3, 4, 5].map(summary));
  const printersPaid = summaries.map((s) => s.roles.find((role) => roleName(role.role) === "ROLE_PRINTERS")!);
  expect(data.printerRole.totalCount).toBe(printersPaid.reduce((sum, role) => sum + role.recipients!, 0));
  expect(data.perRole.map((group: { role: string }) => group.role)).toEqual(["ROLE_PRINTERS", "ROLE_VALIDATORS", "ROLE_DEVELOPERS", "ROLE_MODEL_PROVIDERS", "ROLE_LIQUIDITY_PROVIDERS", "ROLE_COMMUNITY"]);
  // Heights above 20: epochs 2..5.
  for (const group of data.perRole) {
    const roles = summaries.slice(1).map((s) => s.roles.find((role) => roleName(role.role) === group.role)!);
    expect({ role: group.role, sum: group.amount.sum, count: group.amount.count }).toEqual({ role: group.role, sum: roles.reduce((sum, role) => sum + BigInt(role.paid!), 0n).toString(), count: roles.reduce((sum, role) => sum + role.recipients!, 0) });
    expect(BigInt(group.amount.min) <= BigInt(group.amount.p50) && BigInt(group.amount.p50) <= BigInt(group.amount.p95) && BigInt(group.amount.p95) <= BigInt(group.amount.max)).toBe(true);
  }
});
