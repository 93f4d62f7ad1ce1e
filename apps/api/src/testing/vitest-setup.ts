import { registerDomainReactions } from "@momentum/domain";

// Tests that change data through domain services without startApi do so as the API does.
registerDomainReactions();
