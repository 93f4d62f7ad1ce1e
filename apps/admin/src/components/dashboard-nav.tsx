"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { DashboardSection } from "~/staff-access";

/** The sections this person's role opens; the current one is marked for screen readers too. */
export function DashboardNav({ sections }: { sections: DashboardSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard" className="dashboard-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={pathname === section.href ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
