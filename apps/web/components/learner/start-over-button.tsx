"use client";

import { Button } from "@/components/ui";

/** Submits "start over" only after the learner confirms: the call in progress is set aside, not finished. */
export function StartOverButton() {
  return (
    <Button
      type="submit"
      variant="ghost"
      onClick={(e) => {
        if (!window.confirm("Start over? The call in progress is kept in your list as abandoned and cannot be finished or scored.")) e.preventDefault();
      }}
    >
      Start over instead
    </Button>
  );
}
