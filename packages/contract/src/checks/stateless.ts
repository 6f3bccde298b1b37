/**
 * The checks every target gets, provider or not: unknown groups, negative data, authentication.
 * Without a provider they never send a request that could change something if it were accepted:
 * writes go to a group that does not exist.
 */
import { type OperationId, operationRoutes, securityErrorCodes } from '@as-lifecycle/types';
import fc from 'fast-check';
import { ContractSkip } from '../contract-errors';
import { oneRuleBody, validBody } from '../spec/body-arbitraries';
import { bodyOf, codeOfRule } from '../spec/body-rules';
import { ruleDecision } from '../spec/decisions';
import { otherMediaTypes } from '../spec/request-arbitraries';
import { operation } from '../spec/spec-document';
import { type CheckContext, type ContractCheck, property, sample } from './check';
import { defineCheck } from './define-check';
import { methodOf, pathOf, stateCode } from './expect';
import { contractGroups, hook, missingGroup, scenario } from './scenario';

const operationIds = Object.keys(operationRoutes) as OperationId[];
const bodyOperations = operationIds.filter((id) => operation(id).node.requestBody !== undefined);
const hookName = 'contract-hook';

/** The hook a path names, for the operations that take one. */
const hookFor = (operationId: OperationId) =>
  operationRoutes[operationId][1].includes('{lifecycle_hook_name}') ? hookName : undefined;

const unknownGroup: ContractCheck[] = operationIds.map((operationId) =>
  defineCheck({
    id: `unknown_group ${operationId}`,
    title: `${operationId} on a scaling group that does not exist gets the spec's code for it`,
    async run(context, expect) {
      const body = bodyOperations.includes(operationId)
        ? JSON.stringify(sample(context, validBody(operationId)))
        : undefined;
      const hook = hookFor(operationId);
      const exchange = await context.sender.send({
        operationId,
        method: methodOf(operationId),
        path: pathOf(operationId, { group: missingGroup(context), ...(hook ? { hook } : {}) }),
        ...(body === undefined ? {} : { body }),
      });
      expect.state(exchange, operationId, 'group-missing', 'a group that does not exist');
    },
  }),
);

/**
 * Where negative requests go: with a provider, a seeded group that has the hook (the body's code
 * alone is right); without one, a group that does not exist, so that nothing could be carried out
 * even by an implementation that accepted the body. There the spec does not say whether the body
 * or the group is checked first, so either code is right; and when every answer was the group's,
 * the body's validation was never seen, and the check reports itself skipped rather than passed.
 */
async function negativeTarget(context: CheckContext, operationId: OperationId) {
  if (context.provider) {
    await context.provider.seed(scenario(context, [hook(context, hookName)]));
    return { group: contractGroups.main, groupCode: undefined };
  }
  return {
    group: missingGroup(context),
    groupCode: stateCode(operationId, 'group-missing'),
  };
}

const negativeData: ContractCheck[] = bodyOperations.map((operationId) =>
  defineCheck({
    id: `negative_data_rejection ${operationId}`,
    title: `${operationId} refuses every example and generated body that breaks a rule of the spec, with the rule's code`,
    async run(context, expect) {
      const { group, groupCode } = await negativeTarget(context, operationId);
      const alsoAllowed = groupCode === undefined ? [] : [groupCode];
      const hook = hookFor(operationId);
      const path = pathOf(operationId, { group, ...(hook ? { hook } : {}) });
      let bodyChecked = 0;
      const send = async (body: string, contentType?: string | null) => {
        const exchange = await context.sender.send({
          operationId,
          method: methodOf(operationId),
          path,
          body,
          ...(contentType === undefined ? {} : { contentType }),
        });
        if (exchange.response.code !== groupCode) bodyChecked += 1;
        return exchange;
      };
      // The spec's own examples, one per rule.
      const body = bodyOf(operationId);
      const examples = body.invalidExamples;
      if (examples.length === 0) {
        throw new Error(`The spec gives ${operationId}'s body no x-as-invalid-examples.`);
      }
      for (const example of examples) {
        const exchange = await send(example.raw ?? JSON.stringify(example.value));
        expect.error(
          exchange,
          [example.code, ...alsoAllowed],
          `the spec's example "${example.summary}"`,
          ruleDecision(operationId, example),
        );
      }
      // Generated: a body breaking exactly one rule of the schema.
      await property(context, oneRuleBody(operationId), async ({ body: value, rule }) => {
        const exchange = await send(JSON.stringify(value));
        const code = codeOfRule(operationId, rule);
        expect.error(
          exchange,
          [code, ...alsoAllowed],
          `a body breaking ${rule.field ?? 'body'}.${rule.rule}`,
          ruleDecision(operationId, rule),
        );
      });
      // Generated: a valid body sent as another media type (or none).
      const mediaType = body.requestCodes.mediaType;
      if (mediaType !== undefined) {
        await property(
          context,
          fc.tuple(validBody(operationId), fc.option(otherMediaTypes, { freq: 5 })),
          async ([value, type]) => {
            const exchange = await send(JSON.stringify(value), type);
            expect.error(
              exchange,
              [mediaType, ...alsoAllowed],
              `a valid body sent as ${type ?? 'no media type'}`,
            );
          },
        );
      }
      if (bodyChecked === 0) {
        throw new ContractSkip(
          `inconclusive: without a provider the requests go to a group that does not exist, and every answer was ${groupCode}, so the body's validation was never seen; give a provider to check it`,
        );
      }
    },
  }),
);

/** The operations the authentication checks call: reads on the group, writes on a missing one. */
const authentication: ContractCheck[] = (['missing', 'wrong'] as const).map((mode) =>
  defineCheck({
    id: `${mode === 'missing' ? 'missing_auth' : 'wrong_auth'}`,
    title:
      mode === 'missing'
        ? 'every operation refuses a request without credentials'
        : 'every operation refuses a request with wrong credentials',
    async run(context, expect) {
      if (!context.sender.authenticated) {
        throw new ContractSkip(
          'the target has no credentials; give the target credentials to check that it refuses requests without them',
        );
      }
      const codes = [
        ...new Set(
          Object.values(securityErrorCodes).map((codes) =>
            mode === 'missing' ? codes.missing : codes.invalid,
          ),
        ),
      ];
      for (const operationId of operationIds) {
        const body = bodyOperations.includes(operationId)
          ? JSON.stringify(sample(context, validBody(operationId)))
          : undefined;
        const hook = hookFor(operationId);
        const write = methodOf(operationId) !== 'GET';
        const group = write || !context.groupId ? missingGroup(context) : context.groupId;
        const exchange = await context.sender.send({
          operationId,
          method: methodOf(operationId),
          path: pathOf(operationId, { group, ...(hook ? { hook } : {}) }),
          ...(body === undefined ? {} : { body }),
          auth: mode === 'missing' ? 'none' : 'wrong',
        });
        expect.error(
          exchange,
          codes,
          `${operationId} ${mode === 'missing' ? 'without credentials' : 'with a wrong secret'}`,
        );
      }
    },
  }),
);

/** The checks that need only a target. */
export const statelessChecks: ContractCheck[] = [
  ...unknownGroup,
  ...negativeData,
  ...authentication,
];
