import type { ScenarioInput } from "./types";

/**
 * The words of an abusive call's allowed ending and of its way back, the same in every scenario that lets the agent end
 * the call (`engine.endCall`): the ending named in the first person, now, and a call back or a return when calmer.
 */
export const endCallTopics: NonNullable<ScenarioInput["engine"]["topics"]> = [
  {
    id: "end-call",
    remedy: "end-after-warning",
    terms: [
      "end this call now",
      "end the call now",
      "ending this call",
      "ending the call",
      "i'm going to end the call",
      "i'm going to end this call",
      "i'll end the call now",
      "i'm going to have to end",
      "i'll have to end",
      "going to hang up",
      "hang up now",
      "terminate this call",
      "close this call now",
      // the same ending in other everyday words: "I'm going to stop the call here", "I'm putting the phone down now"
      "stop the call here",
      "stop the call now",
      "stop this call here",
      "stop this call now",
      "i'm going to stop the call",
      "i'm going to stop this call",
      "i'll stop the call",
      "stopping the call here",
      "stopping this call now",
      "put the phone down now",
      "putting the phone down now",
      "bring this call to an end",
      "finish the call here",
      "finish this call now",
    ],
  },
  {
    id: "way-back",
    terms: [
      "call us back",
      "ring us back",
      "call back",
      "ring back",
      "when you're ready",
      "call you back",
      "ring you back",
      "phone you back",
      "supervisor will call",
      "manager will call",
      "get back in touch",
      "calmer",
      "another time",
      "later today",
      "tomorrow morning",
    ],
  },
];
