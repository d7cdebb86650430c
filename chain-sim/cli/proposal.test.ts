import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { emissionsCodecs, govCodecs, stakingCodecs, toBigInt } from "../../proto";
import { moduleAddress } from "../types/address";
import { applyRoleWeights, decodeProposalMessage, describeRoleWeights, encodeProposalMessage, parseProposalJson, proposalMessageTypes } from "./proposal";

const GOV = moduleAddress("gov");
const ACCOUNT = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";

/** The SDK's JSON form of an emissions MsgUpdateParams (snake_case, enum names, 64-bit as strings). */
const emissionsUpdate = {
  "@type": "/printchain.emissions.v1.MsgUpdateParams",
  authority: GOV,
  params: {
    epoch_length: "100",
    mint_denom: "uprint",
    initial_epoch_emission: "50000000",
    halving_interval: 100,
    max_supply: "1000000000000000",
    role_weights: [
      { role: "ROLE_PRINTERS", weight: 55 },
      { role: "ROLE_VALIDATORS", weight: 45 },
    ],
    max_points_per_printer: "1000",
    attestors: [ACCOUNT],
  },
};

describe("proposal messages from JSON", () => {
  test("snake_case fields, enum names and 64-bit strings encode like the codec's own message", () => {
    expect(encodeProposalMessage(emissionsUpdate).value).toEqual(
      emissionsCodecs.MsgUpdateParams.encode(
        emissionsCodecs.MsgUpdateParams.fromPartial({
          authority: GOV,
          params: {
            epochLength: 100n,
            mintDenom: "uprint",
            initialEpochEmission: "50000000",
            halvingInterval: 100,
            maxSupply: "1000000000000000",
            roleWeights: [
              { role: 1, weight: 55 },
              { role: 2, weight: 45 },
            ],
            maxPointsPerPrinter: "1000",
            attestors: [ACCOUNT],
          },
        }),
      ).finish(),
    );
  });

  test("camelCase fields are read too, and the message round-trips to {@type, ...fields}", () => {
    const json = { "@type": "/printchain.staking.v1.MsgUpdateParams", authority: GOV, params: { unbondingBlocks: "120", maxValidators: 10, maxEntries: 7, bondDenom: "uprint", minCommissionRate: "0" } };
    const any = encodeProposalMessage(json);
    expect(any.typeUrl).toBe(stakingCodecs.MsgUpdateParams.typeUrl);
    expect(decodeProposalMessage({ type_url: any.typeUrl, value: Buffer.from(any.value).toString("base64") })).toEqual({
      "@type": "/printchain.staking.v1.MsgUpdateParams",
      authority: GOV,
      params: { unbondingBlocks: "120", maxValidators: 10, maxEntries: 7, bondDenom: "uprint", minCommissionRate: "0" },
    });
  });

  test("a bank MsgSend is encoded with cosmjs-types", () => {
    const any = encodeProposalMessage({ "@type": "/cosmos.bank.v1beta1.MsgSend", from_address: GOV, to_address: ACCOUNT, amount: [{ denom: "uprint", amount: "5" }] });
    expect(MsgSend.decode(any.value)).toEqual(MsgSend.fromPartial({ fromAddress: GOV, toAddress: ACCOUNT, amount: [{ denom: "uprint", amount: "5" }] }));
    expect(decodeProposalMessage({ type_url: any.typeUrl, value: any.value })).toEqual({
      "@type": "/cosmos.bank.v1beta1.MsgSend",
      fromAddress: GOV,
      toAddress: ACCOUNT,
      amount: [{ denom: "uprint", amount: "5" }],
    });
  });

  test("every printchain Msg and bank send may be carried, not responses or non-Msg types", () => {
    const types = proposalMessageTypes();
    for (const url of ["/printchain.printers.v1.MsgUpdateParams", "/printchain.jobs.v1.MsgUpdateParams", "/printchain.emissions.v1.MsgUpdateParams", "/printchain.staking.v1.MsgDelegate", "/printchain.gov.v1.MsgUpdateParams", "/cosmos.bank.v1beta1.MsgSend"]) {
      expect(types).toContain(url);
    }
    expect(types.filter((url) => url.endsWith("Response") || url.includes(".Query"))).toEqual([]);
    expect(types).not.toContain("/printchain.emissions.v1.Params");
  });

  test.each([
    [{ ...emissionsUpdate, "@type": "/printchain.emissions.v1.MsgUpdateParamz" }, /unknown message type "\/printchain.emissions.v1.MsgUpdateParamz"; a proposal may carry .*\/printchain.emissions.v1.MsgUpdateParams/],
    [{ ...emissionsUpdate, "@type": "/printchain.emissions.v1.QueryParamsRequest" }, /unknown message type/],
    [{ authority: GOV }, /has no "@type"/],
    [[emissionsUpdate], /is not a JSON object/],
    [{ ...emissionsUpdate, authorty: GOV }, /has no field "authorty" \(fields: authority, params\)/],
    [{ ...emissionsUpdate, params: { ...emissionsUpdate.params, role_weight: [] } }, /\.params has no field "roleWeight"/],
    [{ ...emissionsUpdate, params: { ...emissionsUpdate.params, role_weights: [{ role: "ROLE_MINERS", weight: 5 }] } }, /\.params\.roleWeights\[0\]\.role: "ROLE_MINERS" is not a value of this enum/],
    [{ ...emissionsUpdate, params: "x" }, /object expected/],
  ])("%j is rejected", (json, message) => {
    expect(() => encodeProposalMessage(json, "messages[0]")).toThrow(message);
  });

  test("an Any of a type the CLI does not know is shown with its bytes", () => {
    expect(decodeProposalMessage({ type_url: "/foo.Bar", value: "AQI=" })).toEqual({ "@type": "/foo.Bar", value: "AQI=" });
  });
});

describe("proposal files", () => {
  const file = { messages: [emissionsUpdate], deposit: "10000000uprint", title: "Role weights", summary: "55/45", metadata: "ipfs://x" };

  test("messages, deposit, title, summary and metadata", () => {
    const proposal = parseProposalJson(JSON.stringify(file));
    expect(proposal).toMatchObject({ initialDeposit: [{ denom: "uprint", amount: "10000000" }], title: "Role weights", summary: "55/45", metadata: "ipfs://x" });
    expect(proposal.messages).toEqual([encodeProposalMessage(emissionsUpdate)]);
    // The proposal's MsgSubmitProposal carries them as Anys.
    const submit = govCodecs.MsgSubmitProposal.decode(govCodecs.MsgSubmitProposal.encode(govCodecs.MsgSubmitProposal.fromPartial({ ...proposal, proposer: ACCOUNT })).finish());
    expect(submit.messages[0].type_url).toBe("/printchain.emissions.v1.MsgUpdateParams");
    const decoded = emissionsCodecs.MsgUpdateParams.decode(submit.messages[0].value!);
    expect(toBigInt(decoded.params!.epochLength)).toBe(100n);
  });

  test("deposit and metadata may be left out", () => {
    expect(parseProposalJson(JSON.stringify({ messages: [emissionsUpdate], title: "t" }))).toMatchObject({ initialDeposit: [], summary: "", metadata: "" });
  });

  test.each([
    ["{", /f.json is not valid JSON/],
    ["[]", /f.json is not a JSON object/],
    [JSON.stringify({ ...file, expedited: true }), /unknown field\(s\) "expedited"/],
    [JSON.stringify({ ...file, messages: [] }), /"messages" must be a non-empty list/],
    [JSON.stringify({ ...file, title: "" }), /"title" must not be empty/],
    [JSON.stringify({ ...file, title: 5 }), /"title" must be a string/],
    [JSON.stringify({ ...file, deposit: "ten" }), /"deposit": "ten" is not a positive amount/],
    [JSON.stringify({ ...file, deposit: 10 }), /"deposit" must be a string/],
    [JSON.stringify({ ...file, messages: [emissionsUpdate, { "@type": "/x.Y" }] }), /f.json: messages\[1\]: unknown message type "\/x.Y"/],
  ])("%s is rejected", (text, message) => {
    expect(() => parseProposalJson(text, "f.json")).toThrow(message);
  });
});

describe("role weights", () => {
  const current = [
    { role: 1, weight: 50 },
    { role: 2, weight: 20 },
    { role: 3, weight: 10 },
    { role: 4, weight: 10 },
    { role: 5, weight: 5 },
    { role: 6, weight: 5 },
  ];

  test("the given roles are replaced, the others kept, in role order", () => {
    expect(applyRoleWeights(current, new Map([[4, 5], [1, 55]]))).toEqual([
      { role: 1, weight: 55 },
      { role: 2, weight: 20 },
      { role: 3, weight: 10 },
      { role: 4, weight: 5 },
      { role: 5, weight: 5 },
      { role: 6, weight: 5 },
    ]);
    expect(applyRoleWeights([{ role: 2, weight: 1 }], new Map([[1, 3]]))).toEqual([
      { role: 1, weight: 3 },
      { role: 2, weight: 1 },
    ]);
  });

  test("all-zero weights are refused", () => {
    expect(() => applyRoleWeights([{ role: 1, weight: 5 }], new Map([[1, 0]]))).toThrow(/would all be 0/);
  });

  test("are described by name", () => {
    expect(describeRoleWeights(current)).toBe("printers 50, validators 20, developers 10, model-providers 10, liquidity-providers 5, community 5");
  });
});
