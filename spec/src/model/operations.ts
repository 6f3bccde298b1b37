/** The operations of the spec: route, success status, SDK name, state errors and body. */
import { type BodyModel, bodyModel } from './bodies';
import { type Node, segment } from './document';

/** An error that depends on state, not on the request's shape (`x-as-errors`), by its stable id. */
export interface StateError {
  /** Stable, kebab-case: what code refers to (`hook-limit`, `target-not-hanging`…). */
  readonly id: string;
  readonly code: string;
  /** Prose for readers; never matched by code. */
  readonly when: string;
}

/** One operation of the spec. */
export interface OperationModel {
  readonly operationId: string;
  /** Upper case: `GET`, `PUT`… */
  readonly method: string;
  /** The path template, `/autoscaling-api/v1/{project_id}/…`. */
  readonly path: string;
  /** Pointer to the operation object. */
  readonly pointer: string;
  readonly node: Readonly<Node>;
  /** The names of its query parameters, in the spec's order. */
  readonly query: readonly string[];
  /** The status of its success response. */
  readonly successStatus: number;
  /** The provider's SDK name of the operation (`x-sdk-operation`). */
  readonly sdkOperation: string | undefined;
  readonly stateErrors: readonly StateError[];
  /** Its JSON request body, if it takes one. */
  readonly body: BodyModel | undefined;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function operationModel(document: Node, path: string, method: string, node: Node) {
  const operationId = String(node.operationId);
  const parameters = (node.parameters ?? []) as { in?: string; name?: string }[];
  const success = Object.keys((node.responses ?? {}) as Node).find((status) =>
    status.startsWith('2'),
  );
  const stateErrors = (node['x-as-errors'] ?? []) as StateError[];
  for (const error of stateErrors) {
    if (typeof error.id !== 'string' || typeof error.code !== 'string') {
      throw new Error(
        `Failed to read the spec: an x-as-errors entry of ${operationId} has no id or code.`,
      );
    }
  }
  const model: OperationModel = {
    operationId,
    method: method.toUpperCase(),
    path,
    pointer: `/paths/${segment(path)}/${method}`,
    node,
    query: parameters.filter((p) => p.in === 'query').map((p) => String(p.name)),
    successStatus: Number(success),
    sdkOperation: typeof node['x-sdk-operation'] === 'string' ? node['x-sdk-operation'] : undefined,
    stateErrors,
    body: node.requestBody ? bodyModel(document, operationId, node.requestBody as Node) : undefined,
  };
  return model;
}

/** Every operation of the document, in its order. */
export function operationModels(document: Node): OperationModel[] {
  return Object.entries((document.paths ?? {}) as Record<string, Node>).flatMap(([path, item]) =>
    methods
      .filter((method) => typeof (item[method] as Node | undefined)?.operationId === 'string')
      .map((method) => operationModel(document, path, method, item[method] as Node)),
  );
}
