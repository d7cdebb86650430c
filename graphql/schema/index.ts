/** The API's schema: one module per chain module (typeDefs + resolvers), merged. */
import { makeExecutableSchema } from "@graphql-tools/schema";
import { type GraphQLSchema, isObjectType } from "graphql";
import { commonResolvers } from "./common/resolvers";
import { commonTypeDefs } from "./common/typeDefs";
import { emissionsResolvers } from "./emissions/resolvers";
import { emissionsTypeDefs } from "./emissions/typeDefs";
import { govResolvers } from "./gov/resolvers";
import { govTypeDefs } from "./gov/typeDefs";
import { jobsResolvers } from "./jobs/resolvers";
import { jobsTypeDefs } from "./jobs/typeDefs";
import { ledgerResolvers } from "./ledger/resolvers";
import { ledgerTypeDefs } from "./ledger/typeDefs";
import { metaResolvers } from "./meta/resolvers";
import { metaTypeDefs } from "./meta/typeDefs";
import { printersResolvers } from "./printers/resolvers";
import { printersTypeDefs } from "./printers/typeDefs";
import { stakingResolvers } from "./staking/resolvers";
import { stakingTypeDefs } from "./staking/typeDefs";

export const SCHEMA_MODULES = [
  { typeDefs: commonTypeDefs, resolvers: commonResolvers },
  { typeDefs: printersTypeDefs, resolvers: printersResolvers },
  { typeDefs: ledgerTypeDefs, resolvers: ledgerResolvers },
  { typeDefs: metaTypeDefs, resolvers: metaResolvers },
  { typeDefs: jobsTypeDefs, resolvers: jobsResolvers },
  { typeDefs: emissionsTypeDefs, resolvers: emissionsResolvers },
  { typeDefs: stakingTypeDefs, resolvers: stakingResolvers },
  { typeDefs: govTypeDefs, resolvers: govResolvers },
];

export function createApiSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: SCHEMA_MODULES.map((module) => module.typeDefs),
    resolvers: SCHEMA_MODULES.map((module) => module.resolvers) as never,
  });
  // A connection's totalCount is a lazy promise; graphql-jit awaits resolvers' results but reads
  // plain properties as they are, so every totalCount gets a resolver.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
    const field = type.getFields().totalCount;
    if (field && !field.resolve) field.resolve = (connection: { totalCount: Promise<number> }) => connection.totalCount;
  }
  return schema;
}
