import { registerDomainReactions } from "../reactions/register-domain-reactions";

// Tests change data as the apps do: with the reactions every app registers at start-up.
registerDomainReactions();
