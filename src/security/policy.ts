import {securityPolicy as policyData} from '../../security/policy';
import {securityPolicySchema, type SecurityPolicy} from './policy-schema';

/** The policy, parsed: Node code (checks, plugins, scripts) reads this; a bad edit throws at load. */
export const securityPolicy: SecurityPolicy = securityPolicySchema.parse(policyData);
