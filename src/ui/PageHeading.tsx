/**
 * PageHeading: the page's h1. It has tabIndex -1 so the app can move focus to it after a
 * client-side navigation (set `focusOnMount`, or take the `ref` and call focus()), which tells
 * screen-reader users the page changed. An optional caption (e.g. "Step 2 of 4") sits above.
 */
import { useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import './PageHeading.css';

export interface PageHeadingProps {
  children: ReactNode;
  caption?: ReactNode;
  focusOnMount?: boolean;
  ref?: Ref<HTMLHeadingElement | null>;
  id?: string;
}

export function PageHeading({
  children,
  caption,
  focusOnMount = false,
  ref,
  id,
}: PageHeadingProps) {
  const local = useRef<HTMLHeadingElement>(null);
  useImperativeHandle(ref, () => local.current as HTMLHeadingElement, []);

  useEffect(() => {
    if (focusOnMount) local.current?.focus();
  }, [focusOnMount]);

  return (
    <>
      {caption ? <p className="page-heading__caption">{caption}</p> : null}
      <h1 ref={local} id={id} tabIndex={-1} className="page-heading">
        {children}
      </h1>
    </>
  );
}
